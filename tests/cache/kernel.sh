#!/bin/sh
# kernel.sh ROOT ARCH XLATCHECK KBUILD_COMPDB WORKDIR [DIR]
#
# Shards and the result cache on a real tree's directory (default
# arch/x86/mm): the TUs checked in 3 shards, merged, are byte for byte the
# unsharded run merged (with the same summaries); a second unsharded run
# from the cache hits every TU and merges to the same bytes again.  The
# database and the cache are written in WORKDIR, never in the tree.
set -eu
root=$1 arch=$2 xlatcheck=$3 compdb=$4 work=$5 dir=${6:-arch/x86/mm}
# shellcheck source=tests/kernel/common.sh
. "$root/tests/kernel/common.sh"
xlatcheck=$(abs "$xlatcheck") compdb=$(abs "$compdb") work=$(abs "$work")
kernel_tree "$root" "$arch"
w=$work/cache-kernel-$arch
rm -rf "$w"
mkdir -p "$w/db" "$w/whole" "$w/shards" "$w/warm" "$w/sum-whole" "$w/sum-shards" "$w/sum-warm"
"$compdb" -d "$OBJTREE" -o "$w/db/compile_commands.json" "${dir%/}"
db=$w/db/compile_commands.json
n=$("$xlatcheck" --print-clang-args -p "$db" | grep -c . || true)
fail=0
run() { "$xlatcheck" --fail-on never -j "$(nproc 2>/dev/null || echo 2)" -p "$db" "$@"; }

t=$(now)
run --cache "$w/cache" --sarif-dir "$w/whole" --summaries "$w/sum-whole" >"$w/whole.log" 2>&1 || echo "unsharded run: exit $?"
echo "unsharded, cold cache: $n TUs in $(since "$t")s"
t=$(now)
for i in 1 2 3; do
	run --no-cache --shard "$i/3" --sarif-dir "$w/shards" --summaries "$w/sum-shards" >>"$w/shards.log" 2>&1 || echo "shard $i: exit $?"
done
echo "3 shards, no cache: $(since "$t")s"
t=$(now)
run -v --cache "$w/cache" --sarif-dir "$w/warm" --summaries "$w/sum-warm" >"$w/warm.log" 2>&1 || echo "warm run: exit $?"
echo "unsharded, warm cache: $(since "$t")s"

"$xlatcheck" merge "$w/whole" -o "$w/whole.sarif" || true
"$xlatcheck" merge "$w/shards" -o "$w/shards.sarif" || true
"$xlatcheck" merge "$w/warm" -o "$w/warm.sarif" || true
[ -s "$w/whole.sarif" ] || { echo "FAIL: no merged SARIF"; fail=1; }
cmp -s "$w/whole.sarif" "$w/shards.sarif" || { echo "FAIL: the merged shards differ from the unsharded run"; fail=1; }
diff -r "$w/sum-whole" "$w/sum-shards" >/dev/null || { echo "FAIL: the shards' summaries differ"; fail=1; }
cmp -s "$w/whole.sarif" "$w/warm.sarif" || { echo "FAIL: the warm run's SARIF differs"; fail=1; }
diff -r "$w/sum-whole" "$w/sum-warm" >/dev/null || { echo "FAIL: the warm run's summaries differ"; fail=1; }
hits=$(grep -c '^xlatcheck: cache hit: ' "$w/warm.log" || true)
echo "warm run: $hits cache hits for $n TUs"
[ "$hits" -eq "$n" ] || { echo "FAIL: expected every TU from the cache"; grep 'cache miss' "$w/warm.log" | head; fail=1; }
[ "$fail" -eq 0 ] || exit 1
echo PASS
