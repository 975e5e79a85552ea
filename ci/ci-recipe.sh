#!/bin/sh
# xlatcheck in any CI: check a kernel tree, merge, gate.  POSIX sh.
#
#   ci-recipe.sh KERNEL_DIR OUT_DIR [BASELINE.sarif]
#
# Environment: XLATCHECK (the binary; default: xlatcheck on PATH), ARCH
# (default x86_64), JOBS (default: nproc), COMPDB=1 to check from a compile
# database instead of Kbuild's CHECK= (faster when the tree is already built).
# Writes OUT_DIR/xlatcheck.sarif (everything, suppressions included),
# OUT_DIR/xlatcheck-upload.sarif (for code scanning) and OUT_DIR/xlatcheck.txt.
# Exit: 0 no (new) findings, 1 findings (new ones when a baseline is given),
# 2 bad input or unwritable output.
set -eu

if [ $# -lt 2 ]; then
	echo "usage: $0 KERNEL_DIR OUT_DIR [BASELINE.sarif]" >&2
	exit 2
fi
tree=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
baseline=${3:-}
xlatcheck=${XLATCHECK:-xlatcheck}
arch=${ARCH:-x86_64}
jobs=${JOBS:-$(nproc)}
category="xlatcheck/$arch"

rm -rf "$out/per-tu"
mkdir -p "$out/per-tu"
cd "$tree"
[ -f .config ] || make ARCH="$arch" defconfig
if [ "${COMPDB:-0}" = 1 ]; then
	# One process for the whole tree: every TU parsed at libclang speed.
	[ -f compile_commands.json ] || {
		make ARCH="$arch" -j "$jobs"
		./scripts/clang-tools/gen_compile_commands.py
	}
	"$xlatcheck" -p compile_commands.json -j "$jobs" --srcroot "$tree" \
		--category "$category" --fail-on never --format sarif -o "$out/per-tu/all.sarif"
else
	# Kbuild calls the checker once per compiled file; each writes its own
	# file into per-tu/ (atomically, so -j is safe).
	make ARCH="$arch" -j "$jobs" C=1 \
		CHECK="$xlatcheck --sarif-dir $out/per-tu --srcroot $tree"
fi

# The upload copy leaves out suppressed results: code scanning ignores
# SARIF suppressions and would show them as alerts.
"$xlatcheck" merge "$out/per-tu" --srcroot "$tree" --category "$category" \
	--for-upload --fail-on never -o "$out/xlatcheck-upload.sarif"

status=0
if [ -n "$baseline" ]; then
	"$xlatcheck" merge "$out/per-tu" --srcroot "$tree" --category "$category" \
		--baseline "$baseline" --fail-on new --show-suppressed \
		--format text -o "$out/xlatcheck.txt" --sarif "$out/xlatcheck.sarif" || status=$?
else
	"$xlatcheck" merge "$out/per-tu" --srcroot "$tree" --category "$category" \
		--fail-on any --show-suppressed \
		--format text -o "$out/xlatcheck.txt" --sarif "$out/xlatcheck.sarif" || status=$?
fi
cat "$out/xlatcheck.txt"
exit "$status"
