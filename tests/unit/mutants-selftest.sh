#!/bin/sh
# mutants-selftest.sh: `mutate.sh --check` can fail.  A list with a stale
# original, a text that occurs twice, a malformed line, a duplicate id and
# an unknown stage must be rejected, each problem named.
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=$(sh "$here/../../tools/mutate/mutate.sh" --list "$here/mutants-bad.txt" --check 2>&1)
rc=$?
printf '%s\n' "$out"
[ "$rc" -eq 1 ] || { echo "FAIL: --check exited $rc on a bad list, expected 1"; exit 1; }
fail=0
for want in "stale-text: original text occurs 0 times" "twice: original text occurs" \
	"4 fields, want 6" "duplicate id stale-text" 'unknown stage "nowhere"' \
	"want at least 30" "no such file: checker/no-such-file.c"; do
	printf '%s\n' "$out" | grep -qF -- "$want" || { echo "FAIL: not reported: $want"; fail=1; }
done
[ "$fail" -eq 0 ] && echo "PASS: every problem of mutants-bad.txt reported"
exit $fail
