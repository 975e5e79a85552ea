#!/bin/sh
# group.sh XLATCHECK WORKDIR VALIDATOR INCLUDE: one root cause, one result
# (docs/design.md, "Grouping"), end to end through the binary:
#  - group/helper.c, a static helper every call of which passes percpu
#    memory: one result at its __pa() with two SARIF code flows, the fix
#    there, and `merge` of the --sarif-dir file keeps both flows and the fix;
#  - the baseline: the same code against its own SARIF is unchanged (exit
#    0 under --fail-on new); a third wrong caller makes the result new
#    (exit 1, its call site marked [new] in the text), though the sink is
#    the same line;
#  - a baseline from before grouping: the grouped result is updated, not
#    new, and nothing is absent;
#  - the SARIF passes the validator with --github (skip, 77, without node).
# shellcheck disable=SC2086 # $flags is a list
set -u
xlatcheck=$1 work=$2 validator=$3 include=$4
here=$(cd "$(dirname "$0")" && pwd)
flags="-m32 -std=gnu11 -nostdinc -D__KERNEL__ -DCONFIG_X86 -DCONFIG_X86_32 -DCONFIG_SMP -DCONFIG_MMU -DCONFIG_FLATMEM -I$include"
. "$(dirname "$0")/../lib.sh"
rm -rf "$work" && mkdir -p "$work/tree" || exit 2
cp "$here/group/helper.c" "$work/tree/helper.c" || exit 2
cd "$work/tree" || exit 2

"$xlatcheck" --srcroot . --sarif ../old.sarif --sarif-dir ../tu helper.c -- $flags >../old.txt 2>&1
[ $? -eq 1 ] || fail "want exit 1 on the bug"
[ "$(grep -c ': warning: ' ../old.txt)" -eq 1 ] || fail "want one warning: $(cat ../old.txt)"
grep -q '^helper.c:12:9: warning: percpu pointer reaches __pa()' ../old.txt || fail "the result is not at the sink (line 12)"
grep -q '^helper.c:12:9: note: also reached from 1 other call site:$' ../old.txt || fail "no 'also reached from' note"
grep -q '^helper.c:18:9: note: passed to map_one() as argument 1$' ../old.txt || fail "the other call site (line 18) is not listed"
grep -q '^helper.c:12:9: note: fix-it: replace "__pa" with "per_cpu_ptr_to_phys"$' ../old.txt || fail "no fix at the sink"
# count FILE PATTERN: lines of the pretty-printed SARIF that match.
count() { grep -c -- "$2" "$1"; }
[ "$(count ../old.sarif '"ruleId"')" -eq 1 ] || fail "want one SARIF result"
[ "$(count ../old.sarif '"threadFlows"')" -eq 2 ] || fail "want two code flows"
tr -d ' \n' <../old.sarif | grep -q '"locations":\[{"physicalLocation":{"artifactLocation":{"uri":"helper.c","uriBaseId":"%SRCROOT%"},"region":{"startLine":12,' ||
	fail "the SARIF result is not at line 12"

"$xlatcheck" merge ../tu -o ../merged.sarif >../merge.txt 2>&1
[ $? -eq 1 ] || fail "merge: want exit 1"
[ "$(count ../merged.sarif '"threadFlows"')" -eq 2 ] || fail "merge lost code flows"
[ "$(count ../merged.sarif '"artifactChanges"')" -eq 1 ] || fail "merge lost the fix"

"$xlatcheck" --srcroot . --baseline ../old.sarif --fail-on new helper.c -- $flags >../same.txt 2>&1
[ $? -eq 0 ] || { fail "unchanged code: want exit 0 under --fail-on new"; cat ../same.txt; }
! grep -q '\[new\]' ../same.txt || fail "unchanged code marked new"

sed -i 's|/\* NEW CALLER \*/|sum += map_one(per_cpu_ptr(\&third, cpu));|' helper.c
"$xlatcheck" --srcroot . --baseline ../old.sarif --fail-on new --sarif ../new.sarif helper.c -- $flags >../new.txt 2>&1
[ $? -eq 1 ] || { fail "a new wrong caller: want exit 1 under --fail-on new"; cat ../new.txt; }
grep -q '^helper.c:12:9: warning: .*\[new\]$' ../new.txt || fail "the result is not marked [new]"
grep -q '^helper.c:19:9: note: passed to map_one() as argument 1 \[new\]$' ../new.txt || fail "the new call site is not marked [new]"
grep -q '^helper.c:18:9: note: passed to map_one() as argument 1$' ../new.txt || fail "the old call site is marked new"
[ "$(count ../new.sarif '"ruleId"')" -eq 1 ] || fail "want one result (the old one is not carried over as absent)"

# The same bugs grouped otherwise: a baseline where map_one() was not
# static (two results at the calls) against the static one (one result at
# the sink): every path was known, so the result is updated, not new, and
# the old results are not carried over as absent.
sed -i 's|sum += map_one(per_cpu_ptr(&third, cpu));|/* NEW CALLER */|; s|^static unsigned long map_one|unsigned long map_one|' helper.c
"$xlatcheck" --srcroot . --sarif ../ungrouped.sarif helper.c -- $flags >../ungrouped.txt 2>&1
[ "$(grep -c ': warning: ' ../ungrouped.txt)" -eq 2 ] || fail "a non-static helper: want two warnings at the calls"
sed -i 's|^unsigned long map_one|static unsigned long map_one|' helper.c
"$xlatcheck" --srcroot . --baseline ../ungrouped.sarif --fail-on new --sarif ../regrouped.sarif helper.c -- $flags >../regrouped.txt 2>&1
[ $? -eq 0 ] || { fail "regrouped bugs: want exit 0 under --fail-on new"; cat ../regrouped.txt; }
grep -q '"baselineState": "updated"' ../regrouped.sarif || fail "regrouped: the result is not updated"
! grep -q '"baselineState": "absent"' ../regrouped.sarif || fail "regrouped: old results carried over as absent"

if ! command -v node >/dev/null 2>&1 || [ ! -f "$validator" ]; then
	[ "$fails" -eq 0 ] || exit 1
	echo "SKIP: no node or validator for the SARIF check"
	[ "${CI:-}" = true ] && exit 1
	exit 77
fi
node "$validator" --github ../old.sarif ../merged.sarif ../new.sarif ../regrouped.sarif >../validate.txt 2>&1 || { fail "SARIF invalid"; cat ../validate.txt; }
[ "$fails" -eq 0 ] || exit 1
echo PASS
