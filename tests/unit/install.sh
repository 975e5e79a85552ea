#!/bin/sh
# `cmake --install` into a scratch prefix gives a working checker: the
# binary finds its default rules (and flag rules) under the prefix, not in
# the build tree, and the man page and rule pages (--explain) are there.
# install.sh BUILD_DIR PREFIX SRC
set -eu
build=$1 prefix=$2 src=$3
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
fail=0
for f in bin/xlatcheck share/xlatcheck/rules/percpu.json share/xlatcheck/rules/flags/gcc.json \
	share/xlatcheck/docs/rules/percpu-to-linear.md share/man/man1/xlatcheck.1; do
	[ -e "$prefix/$f" ] || { echo "FAIL: $f not installed"; fail=1; }
done
"$prefix/bin/xlatcheck" --version | grep -q "rules: $prefix/share/xlatcheck/rules" ||
	{ echo "FAIL: the installed binary does not use the installed rules"; fail=1; }
"$prefix/bin/xlatcheck" --explain vmalloc-to-linear | cmp -s - "$prefix/share/xlatcheck/docs/rules/vmalloc-to-linear.md" ||
	{ echo "FAIL: the installed binary does not explain from the installed pages"; fail=1; }
status=0
"$prefix/bin/xlatcheck" -q "$src/testdata/cases/seed-2017-setup-fixmap-gdt.c" -- \
	-I"$src/testdata/include" -m32 -std=gnu11 -DCONFIG_SMP >"$prefix.out" 2>&1 || status=$?
[ "$status" -eq 1 ] && grep -q '\[xlatcheck:percpu-to-linear\]' "$prefix.out" ||
	{ echo "FAIL: the installed binary did not find the seed bug (exit $status)"; cat "$prefix.out"; fail=1; }
[ "$fail" -eq 0 ] && echo "PASS: installed and working in $prefix"
exit "$fail"
