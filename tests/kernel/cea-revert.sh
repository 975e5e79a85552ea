#!/bin/sh
# cea-revert.sh ROOT XLATCHECK KBUILD_COMPDB WORKDIR
#
# Issue 16's acceptance on the real x86_64 6.1 tree: revert 6.1's fix in
# arch/x86/mm/cpu_entry_area.c (line 57, per_cpu_ptr_to_phys(ptr) back to
# __pa(ptr) inside cea_map_percpu_pages()) in a copy of the file, and check
# it with the tree's own flags.  Every call of the static helper passes
# percpu memory, so the seven call sites (lines 72, 109-112, 157, 189) are
# one result at line 57 with seven code flows (docs/design.md, "Grouping"),
# and --fix-diff restores the 6.1 line: applied with git apply, the copy is
# byte for byte the tree's file.  The tree is never written: the copy and
# the database live in WORKDIR.
set -u
root=$1 xlatcheck=$2 compdb=$3 work=$4
. "$root/tests/kernel/common.sh"
xlatcheck=$(abs "$xlatcheck") compdb=$(abs "$compdb") work=$(abs "$work")
kernel_tree "$root" x86_64
fail=0
bad() { echo "FAIL: $*"; fail=1; }
rel=arch/x86/mm/cpu_entry_area.c
orig=$SRCTREE/$rel
rm -rf "$work" && mkdir -p "$work/tree/arch/x86/mm" "$work/db" || exit 2
git -C "$work/tree" init -q . || exit 2
sed '57s/per_cpu_ptr_to_phys(ptr)/__pa(ptr)/' "$orig" >"$work/tree/$rel" || exit 2
[ "$(sed -n 57p "$work/tree/$rel" | tr -d '\t')" = "cea_set_pte(cea_vaddr, __pa(ptr), prot);" ] ||
	{ echo "FAIL: line 57 of $orig is not 6.1's per_cpu_ptr_to_phys(ptr) line"; exit 1; }

"$compdb" -d "$OBJTREE" -o "$work/db/all.json" arch/x86/mm || exit 1
esc=$(printf '%s\n' "$orig" | sed 's/[.[\*^$]/\\&/g')
sed "s|$esc|$work/tree/$rel|g" "$work/db/all.json" >"$work/db/compile_commands.json"
grep -q "$work/tree/$rel" "$work/db/compile_commands.json" || { echo "FAIL: no database entry for $rel"; exit 1; }

cd "$work/tree" || exit 2
"$xlatcheck" -p "$work/db" --srcroot . --sarif "$work/cea.sarif" --fix-diff "$work/cea.diff" \
	"$work/tree/$rel" >"$work/cea.txt" 2>"$work/cea.err"
status=$?
cat "$work/cea.txt"
[ "$status" -eq 1 ] || { bad "want exit 1 (findings), got $status"; cat "$work/cea.err"; }
n=$(grep -c ': warning: ' "$work/cea.txt")
[ "$n" -eq 1 ] || bad "want one warning, got $n"
grep -q "^$rel:57:[0-9]*: warning: percpu pointer reaches __pa().*\[xlatcheck:percpu-to-linear\]$" "$work/cea.txt" ||
	bad "the result is not at line 57"
grep -q "^$rel:57:[0-9]*: note: also reached from 6 other call sites:$" "$work/cea.txt" ||
	bad "no 'also reached from 6 other call sites'"
grep -q "^$rel:72:[0-9]*: note: passed to cea_map_percpu_pages() as argument 2$" "$work/cea.txt" ||
	bad "the first path does not start at line 72"
for line in 109 110 111 112 157 189; do
	grep -q "^$rel:$line:[0-9]*: note: passed to cea_map_percpu_pages() as argument 2$" "$work/cea.txt" ||
		bad "call site $line is not listed"
done
results=$(grep -c '"ruleId"' "$work/cea.sarif")
flows=$(grep -c '"threadFlows"' "$work/cea.sarif")
echo "SARIF: $results result(s), $flows code flows"
[ "$results" -eq 1 ] && [ "$flows" -eq 7 ] || bad "want one SARIF result with seven code flows"

git apply --check "$work/cea.diff" || bad "git apply --check"
git apply "$work/cea.diff" || bad "git apply"
cmp "$orig" "$rel" || bad "the fixed file is not 6.1's"
"$xlatcheck" -p "$work/db" --srcroot . --fail-on never "$work/tree/$rel" >"$work/again.txt" 2>&1
! grep -q ': warning: ' "$work/again.txt" || { bad "the fixed file still has findings"; cat "$work/again.txt"; }

[ "$fail" -eq 0 ] || exit 1
echo PASS
