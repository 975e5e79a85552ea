#!/bin/sh
# link.sh ROOT ARCH XLATCHECK KBUILD_COMPDB WORKDIR
#
# The cross-file findings on the real headers (issue 8): testdata/kernel
# built as an external module, checked two ways, and both must report the
# set of marks, `expect:` and `expect-linked:` (a finding only the link
# sees) alike, arch qualifiers as in module.sh:
#   1. Kbuild: CHECK="xlatcheck --summaries S --sarif-dir D" under make -j2,
#      then `xlatcheck link --summaries S D`;
#   2. a compile database of the module (kbuild-compdb -d OBJTREE MODULE) and `xlatcheck -p`.
set -eu
root=$1 arch=$2 xlatcheck=$3 compdb=$4 work=$5
. "$root/tests/kernel/common.sh"
xlatcheck=$(abs "$xlatcheck") compdb=$(abs "$compdb") work=$(abs "$work")
kernel_tree "$root" "$arch"

mod=$work/link-$arch
out=$work/link-$arch.out
rm -rf "$mod" "$out"
mkdir -p "$out"
cp -R "$root/testdata/kernel" "$mod"

make -C "$OBJTREE" ARCH="$arch" -j2 M="$mod" C=2 \
	CHECK="$xlatcheck -q --summaries $out/summaries --sarif-dir $out/sarif" \
	KBUILD_MODPOST_WARN=1 modules >"$out/make.log" 2>&1 || {
	tail -n 40 "$out/make.log"
	echo "FAIL: make exited non-zero (log: $out/make.log)"
	exit 1
}
status=0
(cd "$mod" && "$xlatcheck" link -q --summaries "$out/summaries" "$out/sarif" --format text \
	--color never --fail-on never -o "$out/link.txt") || status=$?
[ "$status" -eq 0 ] || { echo "FAIL: xlatcheck link exited $status"; exit 1; }

mkdir -p "$out/cc"
# Kbuild compiled the M= module in OBJTREE (its -I./include are relative to
# it): the module is a directory of that tree's database.
"$compdb" -d "$OBJTREE" -o "$out/cc/compile_commands.json" "$mod" >"$out/compdb.log" 2>&1 || {
	cat "$out/compdb.log"
	echo "FAIL: kbuild-compdb -d $OBJTREE $mod failed"
	exit 1
}
(cd "$mod" && "$xlatcheck" -q -p "$out/cc" --color never --fail-on never >"$out/p.txt") || {
	echo "FAIL: xlatcheck -p exited non-zero"
	exit 1
}

module_marks "$mod" "$arch" 1 >"$out/expected"
n_linked=$(grep -c 'expect-linked' "$mod"/*.c | awk -F: '{ s += $2 } END { print s }')

fail=0
for how in link p; do
	reported_findings "$out/$how.txt" "$mod" >"$out/$how.reported.all"
	sort -u "$out/$how.reported.all" >"$out/$how.reported"
	dups=$(uniq -d "$out/$how.reported.all")
	missing=$(comm -23 "$out/expected" "$out/$how.reported")
	extra=$(comm -13 "$out/expected" "$out/$how.reported")
	echo "$how: $(grep -c . "$out/$how.reported" || true) findings, $(grep -c . "$out/expected") expected ($n_linked cross-file)"
	if [ -n "$dups" ]; then
		echo "FAIL ($how): findings reported more than once:"
		echo "$dups" | sed 's/^/  /'
		fail=1
	fi
	if [ -n "$missing" ]; then
		echo "FAIL ($how): missing findings (file:line:rule):"
		echo "$missing" | sed 's/^/  /'
		fail=1
	fi
	if [ -n "$extra" ]; then
		echo "FAIL ($how): unexpected findings (file:line:rule):"
		echo "$extra" | sed 's/^/  /'
		fail=1
	fi
done
# The cross-file paths name both files, each step with its file:line.
if ! grep -q "xfile-helpers.c:[0-9]*:[0-9]*: note: " "$out/link.txt"; then
	echo "FAIL: no note of the link's findings is in xfile-helpers.c"
	fail=1
fi
[ "$fail" -eq 0 ] && echo "PASS: link and -p report the marks ($arch)"
exit "$fail"
