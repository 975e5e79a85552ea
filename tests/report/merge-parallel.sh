#!/bin/sh
# Per-TU SARIF files from separate processes, as make -jN runs them, then
# merged: -j1 and -j2 must give the same bytes.
set -eu
test_bin=$1 work=$2

rm -rf "$work"
for jobs in 1 2; do
	mkdir -p "$work/j$jobs"
	printf '%s\n' a b a b | xargs -P "$jobs" -n 1 "$test_bin" emit-tu "$work/j$jobs"
	status=0
	"$test_bin" merge "$work/merged-j$jobs.sarif" "$work/j$jobs" || status=$?
	if [ "$status" -ne 1 ]; then
		echo "merge exited $status, expected 1 (findings)"
		exit 1
	fi
done
cmp "$work/merged-j1.sarif" "$work/merged-j2.sarif"
echo "merged SARIF identical for -j1 and -j2"
