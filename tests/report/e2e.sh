#!/bin/sh
# End to end through the xlatcheck binary on e2e/*.c: suppression forms,
# per-TU SARIF merged (one header finding once; -j1 and -j2 identical),
# baseline gating, bad inputs.  Every SARIF file is then validated; without
# the validator or node the test is skipped (77), never passed silently.
# $flags is a list of compiler flags: word splitting is meant.
# shellcheck disable=SC2086
set -u
xlatcheck=$1 work=$2 validator=$3 include=$4
here=$(cd "$(dirname "$0")" && pwd)
flags="-m32 -std=gnu11 -nostdinc -D__KERNEL__ -DCONFIG_X86 -DCONFIG_X86_32 -DCONFIG_SMP -DCONFIG_MMU -DCONFIG_FLATMEM -I$include"
failed=0
fail() { echo "FAIL: $*"; failed=1; }
expect_status() { # WANT COMMAND...: run, compare the exit status
	want=$1; shift
	"$@" >"$work/out.txt" 2>"$work/err.txt"
	got=$?
	[ "$got" -eq "$want" ] || { fail "exit $got, want $want: $*"; cat "$work/err.txt"; }
}
has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }
lacks() { ! grep -qF -- "$2" "$1" || fail "$1 has: $2"; }

rm -rf "$work" && mkdir -p "$work/tu-j1" "$work/tu-j2"
cd "$here/e2e" || exit 2

# Suppression forms, as the text report shows them.
expect_status 1 "$xlatcheck" --report-stale-suppressions --sarif "$work/suppress.sarif" suppress.c -- $flags
cp "$work/out.txt" "$work/suppress.txt"
has "$work/suppress.txt" "suppress.c:9:9: warning: vmalloc pointer reaches __pa()"
lacks "$work/suppress.txt" "(suppressed"
has "$work/suppress.txt" "suppress.c:25:30: note: suppression of vmalloc-to-linear gives no reason [xlatcheck:suppression-without-reason]"
has "$work/suppress.txt" "suppress.c:38:2: note: suppression of vmalloc-to-linear matches no finding [xlatcheck:stale-suppression]"
[ "$(grep -c ': warning: ' "$work/suppress.txt")" -eq 1 ] || fail "only reported() should be reported"
expect_status 1 "$xlatcheck" --show-suppressed suppress.c -- $flags
has "$work/out.txt" "(suppressed: whole function reviewed)"
has "$work/out.txt" "(suppressed: linear alias checked)"
has "$work/out.txt" "(suppressed: the caller checked is_vmalloc_addr())"
grep -q '"kind": "inSource"' "$work/suppress.sarif" || fail "no inSource suppression in SARIF"

# Kbuild: one process per TU, in parallel or not, then merge.
for jobs in 1 2; do
	printf '%s\n' tu1.c tu2.c | xargs -P "$jobs" -I{} "$xlatcheck" --sarif-dir "$work/tu-j$jobs" {} -- $flags >/dev/null 2>&1
	expect_status 1 "$xlatcheck" merge "$work/tu-j$jobs" -o "$work/merged-j$jobs.sarif"
done
cmp "$work/merged-j1.sarif" "$work/merged-j2.sarif" || fail "merge differs between -j1 and -j2"
[ "$(grep -c '"ruleId"' "$work/merged-j1.sarif")" -eq 2 ] || fail "merged: want the header finding once plus tu2's own"

# Baseline: the same findings again are not new; a broken baseline is exit 2.
expect_status 0 "$xlatcheck" merge "$work/tu-j1" --baseline "$work/merged-j1.sarif" --fail-on new -o "$work/gated.sarif"
grep -q '"baselineState": "unchanged"' "$work/gated.sarif" || fail "no unchanged result"
expect_status 1 "$xlatcheck" merge "$work/tu-j1" --baseline "$work/merged-j1.sarif" --fail-on any -o "$work/gated-any.sarif"
expect_status 0 "$xlatcheck" --baseline "$work/merged-j1.sarif" --fail-on new --sarif "$work/direct-gated.sarif" tu1.c -- $flags
echo '{"runs": 1' >"$work/broken.json"
expect_status 2 "$xlatcheck" merge "$work/tu-j1" --baseline "$work/broken.json" -o "$work/never.sarif"
has "$work/err.txt" "xlatcheck: error: invalid JSON in baseline"
expect_status 2 "$xlatcheck" --baseline "$work/broken.json" tu1.c -- $flags
expect_status 1 "$xlatcheck" --sarif "$work/no/such/dir/x.sarif" tu1.c -- $flags
[ -f "$work/no/such/dir/x.sarif" ] || fail "the output directory was not made"
expect_status 2 "$xlatcheck" --sarif "$work/no/such/dir/x.sarif/y.sarif" tu1.c -- $flags
has "$work/err.txt" "xlatcheck: error: cannot create directory: $work/no/such/dir/x.sarif: Not a directory"
expect_status 2 "$xlatcheck" --suppressions "$work/none.supp" tu1.c -- $flags
has "$work/err.txt" "xlatcheck: error: cannot read suppression file (No such file or directory): $work/none.supp"

# Byte-identical output for identical input, whatever -j.
"$xlatcheck" -j 1 --format sarif -o "$work/direct-j1.sarif" suppress.c tu1.c tu2.c -- $flags 2>/dev/null
"$xlatcheck" -j 2 --format sarif -o "$work/direct-j2.sarif" tu2.c suppress.c tu1.c -- $flags 2>/dev/null
cmp "$work/direct-j1.sarif" "$work/direct-j2.sarif" || fail "direct SARIF differs between -j1 and -j2"

[ "$failed" -eq 0 ] || exit 1
if [ ! -f "$validator" ] || ! command -v node >/dev/null 2>&1; then
	echo "SKIPPED: checks passed, but no SARIF validator ($validator) or node to validate with"
	exit 77
fi
# shellcheck disable=SC2046
node "$validator" --github $(find "$work" -name '*.sarif' | sort)
