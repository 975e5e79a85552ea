#!/bin/sh
# Per-TU SARIF files from separate processes, as make -jN runs them, then
# merged: -j1 and -j2 must give the same bytes, and what report_test's merge
# case expects: 4 results (the header finding once, the suppressed one,
# a.c's and b.c's own), one of them suppressed.
set -eu
test_bin=$1 work=$2

rm -rf "$work"
for jobs in 1 2; do
	mkdir -p "$work/j$jobs"
	# Each emit-tu exits 0 (Kbuild mode); xargs exits non-zero if one did not.
	printf '%s\n' a b a b | xargs -P "$jobs" -n 1 "$test_bin" emit-tu "$work/j$jobs"
	[ "$(find "$work/j$jobs" -name '*.sarif' | grep -c .)" -eq 2 ] || {
		echo "want one SARIF file per TU (2) in $work/j$jobs"
		exit 1
	}
	status=0
	"$test_bin" merge "$work/merged-j$jobs.sarif" "$work/j$jobs" || status=$?
	if [ "$status" -ne 1 ]; then
		echo "merge exited $status, expected 1 (findings)"
		exit 1
	fi
done
cmp "$work/merged-j1.sarif" "$work/merged-j2.sarif"
results=$(grep -c '"ruleId"' "$work/merged-j1.sarif" || true)
suppressed=$(grep -c '"kind": "inSource"' "$work/merged-j1.sarif" || true)
if [ "$results" -ne 4 ] || [ "$suppressed" -ne 1 ]; then
	echo "merged: $results results, $suppressed suppressed; want 4 and 1"
	exit 1
fi
echo "merged SARIF identical for -j1 and -j2: 4 results, 1 suppressed"
