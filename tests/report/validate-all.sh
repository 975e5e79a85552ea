#!/bin/sh
# Runs every report_test case, then validates each SARIF file they wrote
# with ../shared/sarif/validate-sarif.mjs --github.  Exit 77 (CTest: skipped)
# when the validator or node is missing: never a silent pass.
set -eu
test_bin=$1 work=$2 validator=$3

if [ ! -f "$validator" ]; then
	echo "SKIPPED: no SARIF validator at $validator"
	exit 77
fi
if ! command -v node >/dev/null 2>&1; then
	echo "SKIPPED: node is not installed"
	exit 77
fi

rm -rf "$work"
"$test_bin" all "$work" 2>"$work.stderr" || { cat "$work.stderr"; exit 1; }
files=$(find "$work" -name '*.sarif' | sort)
count=$(echo "$files" | grep -c .)
if [ "$count" -lt 10 ]; then
	echo "only $count SARIF files were written; expected every case's"
	exit 1
fi
# shellcheck disable=SC2086
node "$validator" --github $files
