# Targets beyond the build itself; included by the top-level Makefile.
#
#   make deps       the packages needed to build with $(CC) and
#                   $(LINE_EDITOR) (installed when root)
#   make run        deps, build, then the shell on test:///default
#   make check      deps for both line editors and the tests, three
#                   builds, every suite on each (mk/check.sh); last line
#                   "N passed, N failed"
#   make check-one  every suite on $(O) only (no deps, no other builds)
#   make configure  installs autoconf and what ./configure looks for
#                   (when root), then runs autoconf: ./configure is the
#                   optional way to set the knobs
#   make install    $(DESTDIR)$(BINDIR)/hvsh, $(DESTDIR)$(MANDIR)/man1/hvsh.1,
#                   $(DESTDIR)$(MANDIR)/man7/hvsh-uri.7 and hvsh-json.7
#   make uninstall
#   make bench      hvsh against virsh 9.0 (tests/bench/run); not a test
#   make fuzz       the libFuzzer targets of tests/fuzz, built with clang
#                   in build-fuzz, each run FUZZ_TIME seconds (default
#                   60) from its seeds; crashes land in build-fuzz/crash-*;
#                   not a test

# Debian packages.  A build needs only its own line editor's; make check
# builds with both.  rpcgen (rpcsvc-proto) runs cpp on src/rpc/*.x.
DEPS_CC = $(if $(findstring clang,$(notdir $(firstword $(CC)))),clang,gcc)
DEPS_BASE = $(DEPS_CC) make pkg-config libxml2-dev zlib1g-dev liblzma-dev \
	libtirpc-dev rpcsvc-proto cpp libgnutls28-dev libsasl2-dev
DEPS_EDIT_readline = libreadline-dev
DEPS_EDIT_libedit = libedit-dev
DEPS_EDIT_none =
DEPS_BUILD = $(DEPS_BASE) $(DEPS_EDIT_$(LINE_EDITOR))
# The real peers of the interop tests: libvirtd (test and qemu drivers),
# QEMU, certtool, SASL's tools and mechanisms, sshd, netcat.
DEPS_CHECK = $(DEPS_BASE) libreadline-dev libedit-dev python3 tmux \
	libvirt-clients libvirt-daemon libvirt-daemon-driver-qemu \
	qemu-system-x86 gnutls-bin sasl2-bin libsasl2-modules \
	openssh-server openssh-client netcat-openbsd
INSTALL ?= install

deps:
	@sh mk/deps.sh $(DEPS_BUILD)

deps-check:
	@sh mk/deps.sh $(DEPS_CHECK)

# ./configure looks for the compiler, libxml2, libtirpc, rpcgen and
# either line editor.
configure: configure.ac mk/config.mak.in
	@sh mk/deps.sh autoconf $(DEPS_BASE) libreadline-dev libedit-dev
	autoconf

run: deps
	@$(MAKE) --no-print-directory all
	$(O)/hvsh -c test:///default

check: deps-check
	@MAKE="$(MAKE)" sh mk/check.sh

check-one: all unit
	@python3 tests/run-all $(O)

install: all
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	$(INSTALL) -m 755 $(O)/hvsh $(DESTDIR)$(BINDIR)/hvsh
	$(INSTALL) -m 644 man/hvsh.1 $(DESTDIR)$(MANDIR)/man1/hvsh.1
	$(INSTALL) -d $(DESTDIR)$(MANDIR)/man7
	$(INSTALL) -m 644 man/hvsh-uri.7 $(DESTDIR)$(MANDIR)/man7/hvsh-uri.7
	$(INSTALL) -m 644 man/hvsh-json.7 $(DESTDIR)$(MANDIR)/man7/hvsh-json.7

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/hvsh $(DESTDIR)$(MANDIR)/man1/hvsh.1 \
	    $(DESTDIR)$(MANDIR)/man7/hvsh-uri.7 \
	    $(DESTDIR)$(MANDIR)/man7/hvsh-json.7

bench:
	@$(MAKE) --no-print-directory all
	@python3 tests/bench/run --hvsh $(O)/hvsh

FUZZ_TIME ?= 60
FUZZ_TARGETS = node domain rpc
FUZZ_CC ?= clang
FUZZ_LEAKS ?= 1

# The core is built for fuzzing by the same rules in its own directory.
fuzz:
	@$(MAKE) --no-print-directory O=build-fuzz CC=$(FUZZ_CC) SANITIZE=1 \
		WERROR=0 CFLAGS="-O1 -g -fsanitize=fuzzer-no-link" \
		$(FUZZ_TARGETS:%=build-fuzz/fuzz/fuzz-%)
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p build-fuzz/corpus-$$t && \
		echo "fuzz-$$t: $(FUZZ_TIME) s" && \
		ASAN_OPTIONS=detect_leaks=$(FUZZ_LEAKS) build-fuzz/fuzz/fuzz-$$t \
			-max_total_time=$(FUZZ_TIME) -timeout=10 \
			-rss_limit_mb=2048 -max_len=65536 \
			-artifact_prefix=build-fuzz/crash-$$t- \
			build-fuzz/corpus-$$t tests/fuzz/seeds-$$t \
			>build-fuzz/fuzz-$$t.log 2>&1 || \
		{ tail -40 build-fuzz/fuzz-$$t.log; exit 1; }; \
		tail -1 build-fuzz/fuzz-$$t.log; \
	done

.PHONY: deps deps-check check-one fuzz
