#!/bin/sh
# End to end through the xlatcheck binary on e2e/*.c: suppression forms,
# per-TU SARIF merged (one header finding once; -j1 and -j2 identical),
# baseline gating, bad inputs, every exit status checked.  Every SARIF file
# is then validated (tests/sarif/validate.sh); without the validator the
# test is skipped (77) with the reason, never passed silently.
# $flags is a list of compiler flags: word splitting is meant.
# shellcheck disable=SC2086
set -u
xlatcheck=$1 work=$2 validator=$3 include=$4
here=$(cd "$(dirname "$0")" && pwd)
flags="-m32 -std=gnu11 -nostdinc -D__KERNEL__ -DCONFIG_X86 -DCONFIG_X86_32 -DCONFIG_SMP -DCONFIG_MMU -DCONFIG_FLATMEM -I$include"
. "$(dirname "$0")/../lib.sh"
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

# Per-TU SARIF (--sarif-dir), one process per TU, in sequence or two at once,
# then merge.  Each run has findings (the header's; tu2's own): exit 1.
run_tu() { # TU DIR: one process; its exit status into DIR/TU.status
	"$xlatcheck" -q --sarif-dir "$2" "$1" -- $flags >"$2/$1.out" 2>&1
	echo $? >"$2/$1.status"
}
for jobs in 1 2; do
	dir=$work/tu-j$jobs
	if [ "$jobs" -eq 1 ]; then
		run_tu tu1.c "$dir"
		run_tu tu2.c "$dir"
	else
		run_tu tu1.c "$dir" &
		run_tu tu2.c "$dir" &
		wait
	fi
	for tu in tu1.c tu2.c; do
		[ "$(cat "$dir/$tu.status")" = 1 ] || { fail "-j$jobs $tu: exit $(cat "$dir/$tu.status"), want 1"; cat "$dir/$tu.out"; }
	done
	[ "$(grep -c ': warning: ' "$dir/tu1.c.out")" -eq 1 ] || fail "-j$jobs tu1.c: want 1 warning"
	[ "$(grep -c ': warning: ' "$dir/tu2.c.out")" -eq 2 ] || fail "-j$jobs tu2.c: want 2 warnings"
	[ "$(find "$dir" -name '*.sarif' | grep -c .)" -eq 2 ] || fail "-j$jobs: want one SARIF file per TU"
	expect_status 1 "$xlatcheck" merge "$dir" -o "$work/merged-j$jobs.sarif"
done
cmp "$work/merged-j1.sarif" "$work/merged-j2.sarif" || fail "merge differs between -j1 and -j2"
[ "$(grep -c '"ruleId"' "$work/merged-j1.sarif")" -eq 2 ] || fail "merged: want the header finding once plus tu2's own"
grep -q '"uri": "\([^"]*/\)\{0,1\}shared.h"' "$work/merged-j1.sarif" || fail "merged: no result in shared.h"
grep -q '"uri": "\([^"]*/\)\{0,1\}tu2.c"' "$work/merged-j1.sarif" || fail "merged: no result in tu2.c"

# Baseline: the same findings again are not new; a broken baseline is exit 2.
expect_status 0 "$xlatcheck" merge "$work/tu-j1" --baseline "$work/merged-j1.sarif" --fail-on new -o "$work/gated.sarif"
[ "$(grep -c '"baselineState": "unchanged"' "$work/gated.sarif")" -eq 2 ] || fail "gated: want both results unchanged"
lacks "$work/gated.sarif" '"baselineState": "new"'
expect_status 1 "$xlatcheck" merge "$work/tu-j1" --baseline "$work/merged-j1.sarif" --fail-on any -o "$work/gated-any.sarif"
expect_status 0 "$xlatcheck" --baseline "$work/merged-j1.sarif" --fail-on new --sarif "$work/direct-gated.sarif" tu1.c -- $flags
echo '{"runs": 1' >"$work/broken.json"
expect_status 2 "$xlatcheck" merge "$work/tu-j1" --baseline "$work/broken.json" -o "$work/never.sarif"
has "$work/err.txt" "xlatcheck: error: invalid JSON in baseline"
expect_status 2 "$xlatcheck" --baseline "$work/broken.json" tu1.c -- $flags
expect_status 1 "$xlatcheck" --sarif "$work/no/such/dir/x.sarif" tu1.c -- $flags
[ -f "$work/no/such/dir/x.sarif" ] || fail "the output directory was not made"
expect_status 2 "$xlatcheck" --sarif "$work/no/such/dir/x.sarif/y.sarif" tu1.c -- $flags
has "$work/err.txt" "xlatcheck: error: cannot create directory (Not a directory): $work/no/such/dir/x.sarif"
expect_status 2 "$xlatcheck" --suppressions "$work/none.supp" tu1.c -- $flags
has "$work/err.txt" "xlatcheck: error: cannot read suppression file (No such file or directory): $work/none.supp"

# Baseline matching, with an explicit --srcroot so URIs are relative on any
# machine.  The same code in another file (b/tu2.c, same line hash as
# a/tu2.c) is new, not unchanged: the line-hash fallback matches only within
# a file.  A result that went absent is not carried into the next baseline
# run again.
mkdir -p "$work/bl/a" "$work/bl/b"
cp tu2.c "$work/bl/a/" && cp tu2.c "$work/bl/b/"
echo 'int clean(void) { return 0; }' >"$work/bl/a/clean.c"
blflags="$flags -I$here/e2e"
(cd "$work/bl" && expect_status 1 "$xlatcheck" -q --srcroot . --sarif old.sarif a/tu2.c -- $blflags
	expect_status 1 "$xlatcheck" -q --srcroot . --baseline old.sarif --fail-on new --sarif other.sarif b/tu2.c -- $blflags
	expect_status 0 "$xlatcheck" -q --srcroot . --baseline old.sarif --fail-on new --sarif gone.sarif a/clean.c -- $blflags
	expect_status 0 "$xlatcheck" -q --srcroot . --baseline gone.sarif --fail-on new --sarif gone-again.sarif a/clean.c -- $blflags
	[ "$fails" -eq 0 ]) || fail "baseline: the checks above failed"
for state in new unchanged absent; do
	[ "$(grep -c "\"baselineState\": \"$state\"" "$work/bl/other.sarif")" -eq 1 ] ||
		fail "other.sarif: want one $state result (b/tu2.c's own, the header's, a/tu2.c's)"
done
[ "$(grep -c '"baselineState": "absent"' "$work/bl/gone.sarif")" -eq 2 ] || fail "gone.sarif: want 2 absent results"
lacks "$work/bl/gone-again.sarif" '"baselineState"'

# merge keeps the primaryLocationLineHash each TU recorded when the source
# is no longer there to hash, and the notice of a TU with parse errors.
mkdir -p "$work/lh/d"
cp tu2.c "$work/lh/" && echo 'int broken(void) { return undeclared_thing + ; }' >"$work/lh/broken.c"
expect_status 1 "$xlatcheck" -q --sarif-dir "$work/lh/d" "$work/lh/tu2.c" -- $blflags
expect_status 2 "$xlatcheck" -q --sarif-dir "$work/lh/d" "$work/lh/broken.c" -- $flags
rm "$work/lh/tu2.c"
# A TU with parse errors makes merge exit 2, as it makes a direct run exit 2.
expect_status 2 "$xlatcheck" merge "$work/lh/d" -o "$work/lh/merged.sarif"
grep -ho '"primaryLocationLineHash": "[^"]*"' "$work"/lh/d/*.sarif | sort >"$work/lh/recorded"
grep -o '"primaryLocationLineHash": "[^"]*"' "$work/lh/merged.sarif" | sort >"$work/lh/merged"
[ "$(grep -c . "$work/lh/recorded")" -eq 2 ] || fail "per-TU SARIF: want 2 line hashes"
cmp -s "$work/lh/recorded" "$work/lh/merged" || fail "merge lost or recomputed the recorded line hashes"
has "$work/lh/merged.sarif" '"id": "parse-errors"'
has "$work/lh/merged.sarif" '"executionSuccessful": true'
# A TU whose run did not succeed (as a crashed clang leaves it) makes the
# merged run unsuccessful (and exit 2).
mkdir -p "$work/lh/failed"
for f in "$work"/lh/d/*.sarif; do
	sed 's/"executionSuccessful": true/"executionSuccessful": false/' "$f" >"$work/lh/failed/${f##*/}"
done
expect_status 2 "$xlatcheck" merge "$work/lh/failed" -o "$work/lh/merged-failed.sarif"
has "$work/lh/merged-failed.sarif" '"executionSuccessful": false'

# Byte-identical output for identical input, whatever -j; and what it holds:
# suppress.c's 7 vmalloc findings (6 suppressed in source), the header
# finding once, tu2's own: 9 results.
expect_status 1 "$xlatcheck" -j 1 --format sarif -o "$work/direct-j1.sarif" suppress.c tu1.c tu2.c -- $flags
expect_status 1 "$xlatcheck" -j 2 --format sarif -o "$work/direct-j2.sarif" tu2.c suppress.c tu1.c -- $flags
cmp "$work/direct-j1.sarif" "$work/direct-j2.sarif" || fail "direct SARIF differs between -j1 and -j2"
[ "$(grep -c '"ruleId": "vmalloc-to-linear"' "$work/direct-j1.sarif")" -eq 9 ] ||
	fail "direct SARIF: want 9 vmalloc-to-linear results ($(grep -c '"ruleId": "vmalloc-to-linear"' "$work/direct-j1.sarif"))"
[ "$(grep -c '"kind": "inSource"' "$work/direct-j1.sarif")" -eq 6 ] ||
	fail "direct SARIF: want 6 in-source suppressions ($(grep -c '"kind": "inSource"' "$work/direct-j1.sarif"))"

[ "$fails" -eq 0 ] || exit 1
# Every SARIF file written above, through tests/sarif/validate.sh (77 with
# the reason when the validator is not installed: never a silent pass).
# shellcheck disable=SC2046
exec sh "$validator" $(find "$work" -name '*.sarif' | sort)
