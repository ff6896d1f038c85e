# Targets beyond the build itself; included by the top-level Makefile.

run: all
	$(O)/hvsh -c test:///default
