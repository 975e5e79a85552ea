#!/bin/sh
# Runs every report_test case, then validates each SARIF file they wrote
# with tests/sarif/validate.sh (the SARIF Multitool that ci/setup installs).
# Exit 77 (CTest: skipped) only when that validator is missing, with the
# reason: never a silent pass.
set -eu
test_bin=$1 work=$2 validator=$3

rm -rf "$work"
mkdir -p "$work"
"$test_bin" all "$work/cases" 2>"$work/stderr" || { cat "$work/stderr"; exit 1; }
files=$(find "$work/cases" -name '*.sarif' | sort)
count=$(echo "$files" | grep -c .)
if [ "$count" -lt 10 ]; then
	echo "only $count SARIF files were written; expected every case's"
	exit 1
fi
# shellcheck disable=SC2086
exec sh "$validator" $files
