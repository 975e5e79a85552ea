#!/bin/sh
# module-sarif.sh ROOT ARCH XLATCHECK WORKDIR VALIDATOR
#
# The Kbuild path for CI: testdata/kernel built as an external module under
# make -j with CHECK="xlatcheck --sarif-dir DIR" (one SARIF file per TU,
# written atomically by concurrent processes), then `xlatcheck merge` into
# one run.  The merged file must hold one result per expected finding (a
# finding seen by several TUs is reported once), be byte-identical when the
# per-TU files are merged in another order, and pass the SARIF 2.1.0 schema
# and GitHub's upload rules (tests/sarif/validate.sh).  SKIPs (77), with the
# reason, without a kernel tree or without the validator ci/setup installs.
set -eu
root=$1 arch=$2 xlatcheck=$3 work=$4 validator=$5
. "$root/tests/kernel/common.sh"
xlatcheck=$(abs "$xlatcheck") work=$(abs "$work")
kernel_tree "$root" "$arch"

mod=$work/module-sarif-$arch
sarifs=$work/module-sarif-$arch.d
log=$work/module-sarif-$arch.log
rm -rf "$mod" "$sarifs"
mkdir -p "$sarifs"
cp -R "$root/testdata/kernel" "$mod"

make -C "$OBJTREE" ARCH="$arch" -j2 M="$mod" C=2 \
	CHECK="$xlatcheck --sarif-dir $sarifs" KBUILD_MODPOST_WARN=1 modules >"$log" 2>&1 || {
	tail -n 40 "$log"
	echo "FAIL: make exited non-zero (log: $log)"
	exit 1
}
fail=0
n_sources=$(find "$mod" -maxdepth 1 -name '*.c' ! -name '*.mod.c' | grep -c .)
n_files=$(find "$sarifs" -name '*.sarif' | grep -c . || true)
echo "per-TU SARIF files: $n_files for $n_sources sources"
[ "$n_files" -eq "$n_sources" ] || { echo "FAIL: expected one SARIF file per TU"; fail=1; }

merged=$work/module-$arch.sarif
status=0
"$xlatcheck" merge "$sarifs" --srcroot "$mod" -o "$merged" || status=$?
[ "$status" -eq 1 ] || { echo "FAIL: merge exited $status, expected 1 (findings)"; fail=1; }

# The same files in reverse order give the same bytes.
again=$work/module-$arch.reversed.sarif
status=0
# shellcheck disable=SC2046 # file names hold no spaces
"$xlatcheck" merge $(find "$sarifs" -name '*.sarif' | sort -r) --srcroot "$mod" -o "$again" || status=$?
[ "$status" -eq 1 ] || { echo "FAIL: merge in reverse order exited $status, expected 1"; fail=1; }
cmp -s "$merged" "$again" || { echo "FAIL: merging in another order changed the output"; fail=1; }

# The findings the marks expect on this arch (the per-TU ones), one result each.
expected=$(module_marks "$mod" "$arch" 0 | grep -c . || true)
results=$(grep -c '"ruleId"' "$merged" || true)
echo "merged results: $results; expected findings: $expected"
[ "$results" -eq "$expected" ] || { echo "FAIL: one result per expected finding"; fail=1; }

[ "$fail" -eq 0 ] || exit 1
# Last: 77 (with the reason) when the validator is not installed.
status=0
sh "$validator" "$merged" || status=$?
[ "$status" -eq 0 ] || { [ "$status" -eq 77 ] && exit 77; echo "FAIL: the merged SARIF does not validate"; exit 1; }
echo "PASS"
