#!/bin/sh
# xlatcheck in any CI: check a kernel tree, merge, gate.  POSIX sh.
#
#   ci-recipe.sh KERNEL_DIR OUT_DIR [BASELINE.sarif]
#
# Environment:
#   XLATCHECK      the checker (default: xlatcheck on PATH)
#   KBUILD_COMPDB  kbuild-compdb, for MODE=compdb (default: beside XLATCHECK,
#                  else on PATH)
#   ARCH           the kernel's ARCH (default x86_64)
#   OBJTREE        the O= build directory (default: KERNEL_DIR itself); made
#                  with defconfig when it has no .config.  Keep it between
#                  runs (a CI cache): only what changed is rebuilt.
#   DIRS           directories to check, relative to KERNEL_DIR, e.g. the
#                  ones a pull request touches (default: the whole tree)
#   MODULE         an external module's directory: checked with
#                  `make -C KERNEL_DIR M=MODULE C=2 modules` against the
#                  prepared KERNEL_DIR; SARIF paths are relative to MODULE
#   MODE           kbuild: `make C=2 CHECK=xlatcheck`, one process per TU
#                  (default); compdb: build, `kbuild-compdb`, one
#                  `xlatcheck -p` process for all TUs
#   JOBS           parallel jobs (default: the CPUs this shell may use)
#   FAIL_ON        the gate: any, new or never (default: new with a
#                  baseline, any without)
# Writes OUT_DIR/per-tu/*.sarif, OUT_DIR/xlatcheck-upload.sarif (for code
# scanning: no suppressed results), OUT_DIR/xlatcheck.sarif (everything,
# suppressions and baseline states included; the next run's baseline) and
# OUT_DIR/xlatcheck.txt (new findings marked [new]).
# Exit: 0 no findings (no new ones when a baseline is given), 1 findings,
# 2 bad input, a failed kernel build, or a TU that did not parse (the check
# was incomplete).  The upload file is written before the gate decides.
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
objtree=${OBJTREE:-$tree}
mode=${MODE:-kbuild}
category="xlatcheck/$arch"
srcroot=$tree
if [ -n "${MODULE:-}" ]; then
	srcroot=$(cd "$MODULE" && pwd)
fi
if [ -z "${KBUILD_COMPDB:-}" ]; then
	KBUILD_COMPDB=$(dirname "$(command -v "$xlatcheck")")/kbuild-compdb
	[ -x "$KBUILD_COMPDB" ] || KBUILD_COMPDB=kbuild-compdb
fi
# Kbuild wants directory goals with a trailing slash.
goals=
for d in ${DIRS:-}; do
	goals="$goals ${d%/}/"
done

mkdir -p "$objtree"
objtree=$(cd "$objtree" && pwd)
o=
[ "$objtree" = "$tree" ] || o="O=$objtree"
rm -rf "$out/per-tu"
mkdir -p "$out/per-tu"
cd "$tree"
[ -n "${MODULE:-}" ] || [ -f "$objtree/.config" ] || make $o ARCH="$arch" defconfig

status=0
if [ -n "${MODULE:-}" ]; then
	make $o ARCH="$arch" -j "$jobs" M="$srcroot" C=2 \
		CHECK="$xlatcheck" CF="--sarif-dir $out/per-tu --srcroot $srcroot" modules || status=$?
elif [ "$mode" = compdb ]; then
	# One process for every TU: libclang's per-process start-up is paid once.
	make $o ARCH="$arch" -j "$jobs" $goals
	"$KBUILD_COMPDB" -d "$objtree" -o "$objtree/compile_commands.json" ${DIRS:-}
	"$xlatcheck" -q -p "$objtree" -j "$jobs" --srcroot "$srcroot" --category "$category" \
		--fail-on never --format sarif -o "$out/per-tu/all.sarif" || status=$?
else
	# C=2 checks every file of the goals, rebuilt or not (C=1 would check
	# only what was recompiled: nothing, on a cached tree).  Each TU writes
	# its own file into per-tu/, atomically, so make -j is safe.
	make $o ARCH="$arch" -j "$jobs" C=2 \
		CHECK="$xlatcheck" CF="--sarif-dir $out/per-tu --srcroot $srcroot" $goals || status=$?
fi
if [ "$status" -ne 0 ]; then
	echo "ci-recipe: the kernel build or the check failed (exit $status)" >&2
	exit 2
fi

# The upload copy leaves out suppressed results: code scanning ignores
# SARIF suppressions and would show them as alerts.  Written first, so the
# upload step has a file whatever the gate says.
"$xlatcheck" merge -q "$out/per-tu" --srcroot "$srcroot" --category "$category" \
	--for-upload --fail-on never -o "$out/xlatcheck-upload.sarif"

# The gate: the text marks findings new against the baseline [new].
fail_on=${FAIL_ON:-}
[ -n "$fail_on" ] || { [ -n "$baseline" ] && fail_on=new || fail_on=any; }
gate=0
"$xlatcheck" merge "$out/per-tu" --srcroot "$srcroot" --category "$category" \
	${baseline:+--baseline "$baseline"} --fail-on "$fail_on" --show-suppressed \
	--format text -o "$out/xlatcheck.txt" --sarif "$out/xlatcheck.sarif" || gate=$?
cat "$out/xlatcheck.txt"
exit "$gate"
