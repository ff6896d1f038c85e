#!/bin/sh
# link-probe.sh CACHE CC ICU_SUFFIX CFLAGS LDFLAGS WORD...: does the
# static link of libxml2 work?
#
# WORDs are libxml2's link words from mk/static-libs.sh (between
# -Wl,-Bstatic and -Wl,-Bdynamic).  Links a program that takes every
# member of libxml2's archive (--whole-archive), with mk/icu-none.c
# compiled in when ICU_SUFFIX is not empty, so that any symbol the
# archive needs and neither the stand-in nor the other WORDs provide
# fails here rather than in the link of hvsh.  Prints "ok" or "fail";
# on "fail" the Makefile links libxml2 dynamically instead.
#
# The answer is kept in the file CACHE with what it was found for (the
# arguments and the archive's size and date) and reused while they do
# not change, so that a make that has nothing to do stays quick.
set -u
cache=$1 cc=$2 suffix=$3 cflags=$4 ldflags=$5
shift 5
archive=$($cc -print-file-name=libxml2.a 2>/dev/null)
key="$cc|$suffix|$cflags|$ldflags|$*|$(ls -lL "$archive" 2>/dev/null)"
if [ -f "$cache" ] && [ "$(sed -n 1p "$cache")" = "$key" ]; then
	sed -n 2p "$cache"
	exit 0
fi
here=$(cd "$(dirname "$0")" && pwd)
d=$(mktemp -d) || { echo fail; exit 0; }
trap 'rm -rf "$d"' EXIT
printf 'int main(void) { return 0; }\n' >"$d/main.c"
icu=
words=
for w in "$@"; do
	case "$w" in
	-lxml2) w="-Wl,--whole-archive -lxml2 -Wl,--no-whole-archive" ;;
	esac
	words="$words $w"
done
ok=fail
if [ -n "$suffix" ]; then
	# shellcheck disable=SC2086 # cflags are words
	$cc $cflags -DICU_SUFFIX="$suffix" -c -o "$d/icu-none.o" \
		"$here/icu-none.c" >"$d/log" 2>&1 && icu="$d/icu-none.o"
fi
if [ -z "$suffix" ] || [ -n "$icu" ]; then
	# shellcheck disable=SC2086 # link words
	$cc $cflags $ldflags -o "$d/probe" "$d/main.c" $icu $words \
		>>"$d/log" 2>&1 && ok=ok
fi
if [ "$ok" != ok ]; then
	echo "note: libxml2's archive does not link here$(
		[ -n "$suffix" ] && echo ' with mk/icu-none.c');" \
		"linking libxml2 dynamically:" >&2
	grep -E 'undefined reference|error' "$d/log" | sed 3q | sed 's/^/note:   /' >&2
fi
mkdir -p "$(dirname "$cache")" 2>/dev/null &&
	printf '%s\n%s\n' "$key" "$ok" >"$cache" 2>/dev/null
echo "$ok"
