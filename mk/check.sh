#!/bin/sh
# check.sh: what `make check` does after the deps step.
#
# Builds three variants (four when clang is installed), each in its own
# directory, and runs tests/run-all on each:
#   build          LINE_EDITOR=readline
#   build-libedit  LINE_EDITOR=libedit: the suites where the line editor
#                  matters (unit, cli, pty, and the remote scripts with
#                  terminal cases); the rest is the same code as build's
#   build-asan     LINE_EDITOR=readline SANITIZE=1 (ASan + UBSan)
#   build-clang    CC=clang, when clang is installed: warnings are errors
#                  there too; only the unit tests run on it
#   build-fuzz     with clang too: make fuzz, each target CHECK_FUZZ_TIME
#                  seconds (default 10) from its seeds
# A variant that fails to build counts as one failure; the suites it
# could still run (unit tests that did build, say) still run.  The last
# line is the total "N passed, N failed"; exit 1 when anything failed.
set -u
SUITES=
MAKE=${MAKE:-make}
CHECK_FUZZ_TIME=${CHECK_FUZZ_TIME:-10}
JOBS=${JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
total_pass=0
total_fail=0
notes=

# LeakSanitizer cannot run under ptrace (some containers, debuggers);
# find out once rather than letting every test fail for it.
lsan_works() {
	d=$(mktemp -d) || return 1
	printf '#include <stdlib.h>\nint main(void){void *volatile p=malloc(7);p=0;return 0;}\n' >"$d/l.c"
	ok=1
	if ${CC:-cc} -fsanitize=address -o "$d/l" "$d/l.c" 2>/dev/null; then
		ASAN_OPTIONS=detect_leaks=1 "$d/l" >/dev/null 2>"$d/err"
		grep -q 'detected memory leaks' "$d/err" && ok=0
	fi
	rm -rf "$d"
	return $ok
}

variant() { # dir, make arguments...   (SUITES: tests/run-all --only)
	dir=$1
	shift
	echo "==== $dir: $*"
	if $MAKE --no-print-directory -k -j"$JOBS" O="$dir" "$@" all unit \
	    >"$dir/build.log" 2>&1; then
		:
	else
		total_fail=$((total_fail + 1))
		echo "not ok - $dir: build failed (see $dir/build.log):"
		grep -E '(error|warning):|undefined reference|\*\*\*' "$dir/build.log" |
			head -15 | sed 's/^/#   /'
	fi
	out=$(python3 tests/run-all --only "${SUITES:-unit,cli,output,parity,pty,remote}" \
	    "$dir" 2>&1)
	echo "$out" | sed '$d'
	last=$(echo "$out" | tail -n 1)
	p=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
	f=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
	if [ -z "$p" ]; then
		echo "not ok - $dir: tests/run-all ended without a summary"
		p=0
		f=1
	fi
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
}

# CHECK_OUT=/some/dir/ puts the build directories elsewhere.
P=${CHECK_OUT:-}
mkdir -p "${P}build" "${P}build-libedit" "${P}build-asan" "${P}build-clang"
variant "${P}build" LINE_EDITOR=readline SANITIZE=
SUITES=unit,cli,pty,remote
HVSH_REMOTE_ONLY=remote-keepalive.py,remote-sasl.py
export HVSH_REMOTE_ONLY
variant "${P}build-libedit" LINE_EDITOR=libedit SANITIZE=
SUITES=
unset HVSH_REMOTE_ONLY
if command -v clang >/dev/null 2>&1; then
	SUITES=unit
	variant "${P}build-clang" CC=clang LINE_EDITOR=readline SANITIZE=
	SUITES=
	fuzz=1
else
	notes="clang is not installed: no clang build, no fuzzing"
	fuzz=0
fi

if lsan_works; then
	leaks=1
	notes="${notes:+$notes; }LeakSanitizer works here: ASan build ran with detect_leaks=1"
else
	leaks=0
	notes="${notes:+$notes; }LeakSanitizer does not work here (ptrace?): ASan build ran with detect_leaks=0"
fi
if [ "$fuzz" = 1 ]; then
	# The libFuzzer targets, briefly, from their seeds (make fuzz runs
	# them for minutes): each run that finds nothing is one pass.
	echo "==== build-fuzz: make fuzz FUZZ_TIME=$CHECK_FUZZ_TIME"
	if $MAKE --no-print-directory fuzz FUZZ_TIME="$CHECK_FUZZ_TIME" \
	    FUZZ_LEAKS=$leaks >"${P}build-fuzz.log" 2>&1; then
		n=$(grep -c '^fuzz-.*: .* s$' "${P}build-fuzz.log")
		echo "ok - $n fuzz targets, $CHECK_FUZZ_TIME s each: nothing found"
		total_pass=$((total_pass + n))
	else
		echo "not ok - make fuzz (see ${P}build-fuzz.log):"
		tail -20 "${P}build-fuzz.log" | sed 's/^/#   /'
		total_fail=$((total_fail + 1))
	fi
fi
ASAN_OPTIONS="detect_leaks=$leaks:abort_on_error=0:exitcode=1"
UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export ASAN_OPTIONS UBSAN_OPTIONS
variant "${P}build-asan" LINE_EDITOR=readline SANITIZE=1

echo "===="
[ -n "$notes" ] && echo "note: $notes"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
