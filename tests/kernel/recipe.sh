#!/bin/sh
# recipe.sh ROOT ARCH XLATCHECK WORKDIR VALIDATOR
#
# ci/ci-recipe.sh end to end on the real module (testdata/kernel as M=),
# as the GitHub template runs it: a first run with no baseline exits 1 and
# writes an upload file GitHub accepts; a second run against the first's
# xlatcheck.sarif exits 0 with nothing marked [new]; a third, with one bug
# added, exits 1 and marks exactly that finding [new].  SKIPs (77) without
# a kernel tree.
set -eu
root=$1 arch=$2 xlatcheck=$3 work=$4 validator=$5
. "$root/tests/kernel/common.sh"
xlatcheck=$(abs "$xlatcheck") work=$(abs "$work")
kernel_tree "$root" "$arch"

mod=$work/recipe-$arch/module
out=$work/recipe-$arch/out
rm -rf "$work/recipe-$arch"
mkdir -p "$work/recipe-$arch"
cp -R "$root/testdata/kernel" "$mod"
fail=0
recipe() { # OUT [BASELINE]: the exit status in $status, the log in OUT.log
	status=0
	MODULE=$mod XLATCHECK=$xlatcheck ARCH=$arch JOBS=2 KBUILD_MODPOST_WARN=1 \
		sh "$root/ci/ci-recipe.sh" "$OBJTREE" "$@" >"$1.log" 2>&1 || status=$?
}

recipe "$out"
[ "$status" -eq 1 ] || { echo "FAIL: first run exited $status, expected 1"; tail -n 30 "$out.log"; fail=1; }
for f in xlatcheck-upload.sarif xlatcheck.sarif xlatcheck.txt; do
	[ -s "$out/$f" ] || { echo "FAIL: no $out/$f"; fail=1; }
done
head -n1 "$out/xlatcheck.txt" | grep -q ': warning: .*\[xlatcheck:[a-z-]*\]$' ||
	{ echo "FAIL: xlatcheck.txt does not start with a finding"; head -n3 "$out/xlatcheck.txt"; fail=1; }
grep -q '"uri": "file://'"$mod"'/"' "$out/xlatcheck-upload.sarif" ||
	{ echo "FAIL: %SRCROOT% is not the module directory"; fail=1; }
if [ -f "$validator" ] && command -v node >/dev/null 2>&1; then
	node "$validator" --github "$out/xlatcheck-upload.sarif" ||
		{ echo "FAIL: the upload file is not valid for GitHub"; fail=1; }
fi

cp "$out/xlatcheck.sarif" "$work/recipe-$arch/baseline.sarif"
recipe "$out-again" "$work/recipe-$arch/baseline.sarif"
[ "$status" -eq 0 ] || { echo "FAIL: the run against its own baseline exited $status"; tail -n 30 "$out-again.log"; fail=1; }
! grep -q '\[new\]$' "$out-again/xlatcheck.txt" || { echo "FAIL: [new] against its own baseline"; fail=1; }

cat >>"$mod/other.c" <<'C'

#include <linux/vmalloc.h>
unsigned long recipe_new_bug(void);
unsigned long recipe_new_bug(void)
{
	return __pa(vmalloc(64));
}
C
recipe "$out-new" "$work/recipe-$arch/baseline.sarif"
[ "$status" -eq 1 ] || { echo "FAIL: a new bug: exit $status, expected 1"; tail -n 30 "$out-new.log"; fail=1; }
n_new=$(grep -c '\[new\]$' "$out-new/xlatcheck.txt" || true)
[ "$n_new" -eq 1 ] || { echo "FAIL: $n_new findings marked [new], expected 1"; grep '\[new\]' "$out-new/xlatcheck.txt"; fail=1; }
grep -q "other.c:.*\[new\]$" "$out-new/xlatcheck.txt" || { echo "FAIL: the new bug is not the one marked"; fail=1; }

[ "$fail" -eq 0 ] || exit 1
echo "PASS"
