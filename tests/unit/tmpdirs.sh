#!/bin/sh
# tmpdirs.sh DIR...: the fixture the frontend tests need (CTest fixture
# unit-tmp): each DIR, which lies in the build tree this test owns, is made
# afresh and must then be an empty directory that a file can be written
# into.  Fails, naming the directory, otherwise.
set -u
[ $# -ge 1 ] || { echo "usage: $0 DIR..." >&2; exit 2; }
for d in "$@"; do
	rm -rf "$d" && mkdir -p "$d" || { echo "FAIL: cannot make $d"; exit 1; }
	[ -d "$d" ] && [ -z "$(ls -A "$d")" ] || { echo "FAIL: $d is not an empty directory"; exit 1; }
	: >"$d/.probe" && [ -f "$d/.probe" ] && rm "$d/.probe" || { echo "FAIL: cannot write into $d"; exit 1; }
done
echo "tmpdirs: $# empty, writable directories"
