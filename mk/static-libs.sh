#!/bin/sh
# static-libs.sh CC WORD...: the link words for a library, static when
# it can be.
#
# WORDs are what 'pkg-config --static --libs' printed.  When the
# archive of every -lNAME among them is found by CC, prints them
# between -Wl,-Bstatic and -Wl,-Bdynamic; otherwise prints nothing and
# fails, and the caller links dynamically.  -lm, -lc, -ldl and -lpthread always stay
# dynamic (glibc's archives cannot join a dynamic executable), and the
# ICU libraries are dropped: mk/icu-none.c stands in for the few
# converter calls libxml2 makes, so that encodings come from glibc's
# iconv alone instead of loading ICU and the C++ runtime at every exec.
set -u
cc=$1
shift
static=
dynamic=
for w in "$@"; do
	case "$w" in
	-licu*) ;;
	-lm | -lc | -ldl | -lpthread) dynamic="$dynamic $w" ;;
	-l*)
		found=$($cc -print-file-name="lib${w#-l}.a")
		case "$found" in
		/*) static="$static $w" ;;
		*) exit 1 ;;
		esac
		;;
	*) dynamic="$dynamic $w" ;;
	esac
done
if [ -n "$static" ]; then
	echo "-Wl,-Bstatic$static -Wl,-Bdynamic$dynamic"
else
	echo "${dynamic# }"
fi
