#!/bin/sh
# shard.sh XLATCHECK WORKDIR ROOT
#
# --shard I/N over a compile database of testdata's golden cases: every TU
# is in exactly one of the N shards, the partition does not change when the
# database is reordered, and the shards' --sarif-dir files merged (and
# their summaries) are byte for byte those of the unsharded run.
set -u
xc=$1 work=$2 root=$3
rm -rf "$work"
mkdir -p "$work"
cd "$work" || exit 2
fail=0
say_fail() {
	echo "FAIL: $*"
	fail=1
}
inc=$root/testdata/include
flags="\"-m32\", \"-std=gnu11\", \"-nostdinc\", \"-D__KERNEL__\", \"-DCONFIG_X86\", \"-DCONFIG_X86_32\", \"-DCONFIG_SMP\", \"-DCONFIG_MMU\", \"-DCONFIG_FLATMEM\", \"-I$inc\""
# The cases that need no flags of their own, in name order and reversed.
cases=$(grep -L 'check-flags:' "$root"/testdata/cases/*.c | head -n 6)
entries() {
	sep=
	echo '['
	for c in "$@"; do
		printf '%s{"directory": "%s", "file": "%s", "arguments": ["cc", %s, "-c", "%s"]}\n' \
			"$sep" "$work" "$c" "$flags" "$c"
		sep=,
	done
	echo ']'
}
mkdir fwd rev
# shellcheck disable=SC2086 # case paths hold no spaces
entries $cases >fwd/compile_commands.json
# shellcheck disable=SC2046,SC2086
entries $(printf '%s\n' $cases | sort -r) >rev/compile_commands.json

n=3
all=all.list
: >"$all"
for db in fwd rev; do
	for i in 1 2 3; do
		"$xc" --no-cache --shard "$i/$n" -p $db --print-clang-args | cut -d: -f1 | sort >"$db-$i.list"
	done
done
for i in 1 2 3; do
	cmp -s "fwd-$i.list" "rev-$i.list" || say_fail "shard $i/$n changes when the database is reordered"
	[ -s "fwd-$i.list" ] || say_fail "shard $i/$n is empty"
	cat "fwd-$i.list" >>"$all"
done
# shellcheck disable=SC2086
printf '%s\n' $cases | sort >cases.list
sort "$all" >all.sorted
cmp -s all.sorted cases.list || say_fail "the shards do not partition the TUs"
[ "$(sort -u "$all" | wc -l)" = "$(wc -l <"$all")" ] || say_fail "a TU is in two shards"

mkdir sarif-whole sarif-shards sum-whole sum-shards
"$xc" -q --no-cache -p fwd --sarif-dir sarif-whole --summaries sum-whole >/dev/null
for i in 1 2 3; do
	"$xc" -q --no-cache -p rev --shard "$i/$n" --sarif-dir sarif-shards --summaries sum-shards >/dev/null
done
[ "$(find sarif-shards -name '*.sarif' | wc -l)" = $n ] || say_fail "expected one SARIF file per shard"
"$xc" merge sarif-whole -o whole.sarif
"$xc" merge sarif-shards -o shards.sarif
grep -q '"ruleId"' whole.sarif || say_fail "the unsharded run found nothing"
cmp -s whole.sarif shards.sarif || say_fail "the merged shards differ from the unsharded run"
diff -r sum-whole sum-shards >/dev/null || say_fail "the shards' summaries differ"

"$xc" --shard 4/3 -p fwd >/dev/null 2>bad.err
grep -q "error: invalid argument '4/3' for '--shard'" bad.err || say_fail "--shard 4/3 is not an error"
"$xc" --shard 1/2 "$root/testdata/cases/seed-2017-setup-fixmap-gdt.c" >/dev/null 2>bad.err
grep -q 'error: --shard needs a compile database' bad.err || say_fail "--shard without -p"

[ "$fail" = 0 ] && echo PASS
exit "$fail"
