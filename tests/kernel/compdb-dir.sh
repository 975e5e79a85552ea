#!/bin/sh
# compdb-dir.sh ROOT ARCH XLATCHECK KBUILD_COMPDB WORKDIR [DIR]
#
# The compile-database side of the same directory: kbuild-compdb captures
# compile_commands.json from the .cmd files Kbuild left in DIR (default
# arch/x86/mm), and `xlatcheck -p` checks it.  Passes when the database holds
# exactly the C files Kbuild built there, xlatcheck checked that many TUs,
# and none had a parse error or failed.  The database is written in WORKDIR,
# never in the tree.
set -eu
root=$1 arch=$2 xlatcheck=$3 compdb=$4 work=$5 dir=${6:-arch/x86/mm}
. "$root/tests/kernel/common.sh"
xlatcheck=$(abs "$xlatcheck") compdb=$(abs "$compdb") work=$(abs "$work")
kernel_tree "$root" "$arch"

dir=${dir%/}
db=$work/compdb-$arch/compile_commands.json
log=$work/compdb-$arch.log
mkdir -p "$work/compdb-$arch"
rm -f "$db"

"$compdb" -d "$OBJTREE" -o "$db" "$dir"
fail=0
expected=$(kbuild_sources "$OBJTREE" "$dir")
in_db=$("$compdb" -l -d "$OBJTREE" "$dir")
n_expected=$(printf '%s\n' "$expected" | grep -c . || true)
printf '%s\n' "$expected" >"$work/expected-db-$arch.txt"
if [ "$n_expected" -eq 0 ] || [ "$in_db" != "$expected" ]; then
	echo "FAIL: the database's files differ from the C files Kbuild built in $dir:"
	printf '%s\n' "$in_db" >"$work/in-db-$arch.txt"
	diff "$work/expected-db-$arch.txt" "$work/in-db-$arch.txt" || true
	fail=1
fi

# The TUs xlatcheck takes from the database: the files it would hand to
# libclang ("FILE: ARGS" lines of --print-clang-args).
tus=$("$xlatcheck" --print-clang-args -p "$db" | sed -n "s/^\([^ ]*\.c\): .*/\1/p" | sort)
if [ "$tus" != "$expected" ]; then
	echo "FAIL: the TUs xlatcheck takes from the database differ from Kbuild's (< built, > xlatcheck):"
	printf '%s\n' "$tus" >"$work/tus-db-$arch.txt"
	diff "$work/expected-db-$arch.txt" "$work/tus-db-$arch.txt" || true
	fail=1
fi

t=$(now)
status=0
"$xlatcheck" --fail-on never -p "$db" -j "$(nproc 2>/dev/null || echo 2)" >"$log" 2>&1 || status=$?
echo "xlatcheck -p ($arch, $n_expected TUs): exit $status in $(since "$t")s"
if [ "$status" -ne 0 ]; then
	# With --fail-on never, findings (arch/x86/mm may have real ones)
	# do not set the status: anything non-zero is a checker failure.
	tail -n 40 "$log"
	echo "FAIL: xlatcheck exited $status"
	fail=1
fi

# shellcheck disable=SC2046 # splits the numbers on purpose
set -- $(summaries "$log")
runs=$1 tus=$2 clean=$3 perr=$4 failed=$5
echo "summary: $tus TUs, $clean clean, $perr with parse errors, $failed failed"
if [ "$runs" -ne 1 ] || [ "$tus" -ne "$n_expected" ]; then
	echo "FAIL: expected one summary line for $n_expected TUs"
	grep '^xlatcheck: ' "$log" | head
	fail=1
fi
if [ "$perr" -ne 0 ] || [ "$failed" -ne 0 ]; then
	echo "FAIL: parse errors or failed TUs:"
	grep '^xlatcheck: \(parse errors\|failed\): ' "$log" || true
	fail=1
fi
echo "findings reported: $(grep -c ': warning: .*\[xlatcheck:' "$log" || true) (not asserted here)"
# A flag clang refused is a gap in rules/flags/gcc.json: worth seeing here,
# though only parse errors fail the test.
sed -n 's/.*clang rejected a flag.*: //p' "$log" | sort -u | sed 's/^/note: clang rejected flag: /'

[ "$fail" -eq 0 ] || { echo "log: $log"; exit 1; }
echo "PASS"
