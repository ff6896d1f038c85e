#!/bin/sh
# deps.sh PACKAGE...: make sure the Debian packages are installed.
#
# As root, installs what is missing with apt-get; otherwise prints the
# exact command to run and fails.  Without dpkg (not Debian) it only
# warns: the build's own errors will then say what is missing.
set -u
command -v dpkg-query >/dev/null 2>&1 || {
	echo "deps: no dpkg-query here; not checking packages: $*" >&2
	exit 0
}
missing=
for p in "$@"; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)
	case "$st" in
	*" installed") ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "deps: missing packages; run:" >&2
	echo "    sudo apt-get install -y$missing" >&2
	exit 1
fi
echo "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q $missing </dev/null ||
	{ apt-get update -q </dev/null && apt-get install -y -q $missing </dev/null; } ||
	{ echo "deps: apt-get install$missing failed" >&2; exit 1; }
