#!/bin/sh
# golden.sh XLATCHECK WORKDIR [--regen]: the SARIF xlatcheck writes for a
# few cases, compared byte for byte with tests/sarif/golden/*.sarif.  This
# pins what no other test pins whole: fingerprints (xlatcheck/v1 and
# primaryLocationLineHash), code flows, related locations, suppressions,
# rule metadata, artifacts, every field and its order.
#
# Paths are made stable: xlatcheck runs from the repository root with
# --srcroot . and relative file names, so URIs are relative to %SRCROOT%;
# the one absolute URI (originalUriBaseIds, the root itself) is written as
# file:///SRCROOT/ before comparing.
#
# After an intended change to the SARIF output, regenerate and review the
# diff:   sh tests/sarif/golden.sh build/bin/xlatcheck /tmp/somewhere --regen
set -u
xlatcheck=$1 work=$2 regen=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
case $xlatcheck in /*) ;; *) xlatcheck=$PWD/$xlatcheck ;; esac
flags="-m32 -std=gnu11 -nostdinc -D__KERNEL__ -DCONFIG_X86 -DCONFIG_X86_32 -DCONFIG_SMP -DCONFIG_MMU -DCONFIG_FLATMEM -Itestdata/include"
rm -rf "$work" && mkdir -p "$work" || exit 2
fail=0

# golden NAME XLATCHECK-ARGS...: one snapshot; xlatcheck must exit 1.
golden() {
	name=$1
	shift
	status=0
	# shellcheck disable=SC2086 # $flags is a list
	(cd "$root" && "$xlatcheck" -q --srcroot . --format sarif -o "$work/$name.raw" "$@" -- $flags) \
		>"$work/$name.log" 2>&1 || status=$?
	if [ "$status" -ne 1 ]; then
		cat "$work/$name.log"
		echo "FAIL $name: xlatcheck exited $status, expected 1 (findings)"
		fail=1
		return
	fi
	awk -v r="file://$root/" '{ i = index($0, r); if (i) $0 = substr($0, 1, i - 1) "file:///SRCROOT/" substr($0, i + length(r)); print }' \
		"$work/$name.raw" >"$work/$name.sarif"
	if [ "$regen" = --regen ]; then
		cp "$work/$name.sarif" "$here/golden/$name.sarif"
		echo "regenerated tests/sarif/golden/$name.sarif"
	elif cmp -s "$here/golden/$name.sarif" "$work/$name.sarif"; then
		echo "PASS $name"
	else
		diff -u "$here/golden/$name.sarif" "$work/$name.sarif" | head -n 60
		echo "FAIL $name: differs from tests/sarif/golden/$name.sarif (if intended: $0 XLATCHECK DIR --regen)"
		fail=1
	fi
}

# Code flows through a call and a header (the 2017 bug), two findings on
# one line, a recursive summary.
golden engine testdata/cases/seed-2017-setup-fixmap-gdt.c \
	testdata/cases/regress-dedup-two-sinks-one-line.c testdata/cases/regress-recursive-param-sink.c
# In-source suppressions, their justifications, the meta findings.
golden suppress --report-stale-suppressions tests/report/e2e/suppress.c
# One root cause, one result: a helper every call of which is wrong, as one
# result with one code flow per call site and its fix (report/group.c).
golden group testdata/cases/group-one-callee-several-callers.c
[ "$fail" -eq 0 ] || exit 1
[ "$regen" = --regen ] && exit 0
# The snapshots are valid SARIF too (77, with the reason, without the
# validator: the comparison above has passed, but nothing is passed silently).
exec sh "$here/validate.sh" "$work/engine.raw" "$work/suppress.raw" "$work/group.raw"
