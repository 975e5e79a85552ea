#!/bin/sh
# module.sh ROOT ARCH XLATCHECK WORKDIR
#
# The checker's real-kernel cases: testdata/kernel is copied into WORKDIR
# (the source directory stays clean, and stale objects of an earlier run do
# not matter) and built as an external module with
# `make M=<copy> C=2 CHECK=xlatcheck modules`, so every case goes through
# Kbuild's real argv and the real kernel headers.  The set of findings
# (file, line, rule) must equal the set of `/* expect: RULE */` marks:
# any missing or extra finding fails.  A mark may carry arch qualifiers,
# `/* expect[x86_64]: RULE */`, for a finding on that arch only.  The seed
# case must also carry a note that names get_cpu_gdt_rw in asm/desc.h, and
# every warning must name a sink the sources write (not its expansion).
set -eu
root=$1 arch=$2 xlatcheck=$3 work=$4
. "$root/tests/kernel/common.sh"
xlatcheck=$(abs "$xlatcheck") work=$(abs "$work")
kernel_tree "$root" "$arch"

src=$root/testdata/kernel
mod=$work/module-$arch
log=$work/module-$arch.log
rm -rf "$mod"
mkdir -p "$work"
cp -R "$src" "$mod"

t=$(now)
status=0
# -v: the per-process summary line (see kbuild-dir.sh).
# -j1 keeps each TU's warning and note lines together in the log.
# KBUILD_MODPOST_WARN: the cases call unexported functions (native_set_fixmap,
# ...); the module is checked, never loaded.
make -C "$OBJTREE" ARCH="$arch" -j1 M="$mod" C=2 CHECK="$xlatcheck -v" \
	KBUILD_MODPOST_WARN=1 modules >"$log" 2>&1 || status=$?
echo "make M=testdata/kernel C=2 modules ($arch): exit $status in $(since "$t")s"
if [ "$status" -ne 0 ]; then
	tail -n 60 "$log"
	echo "FAIL: make exited $status (log: $log)"
	exit 1
fi

fail=0
n_sources=$(find "$mod" -maxdepth 1 -name '*.c' ! -name '*.mod.c' | grep -c . || true)
n_checks=$(grep -c '^  CHECK   ' "$log" || true)
# shellcheck disable=SC2046 # splits the numbers on purpose
set -- $(summaries "$log")
runs=$1 tus=$2 perr=$4 failed=$5
echo "sources: $n_sources; CHECK runs: $n_checks; summaries: $runs runs, $tus TUs, $perr with parse errors, $failed failed"
if [ "$n_checks" -ne "$n_sources" ] || [ "$runs" -ne "$n_sources" ] || [ "$tus" -ne "$n_sources" ]; then
	echo "FAIL: expected each of the $n_sources sources checked once"
	fail=1
fi
if [ "$perr" -ne 0 ] || [ "$failed" -ne 0 ]; then
	echo "FAIL: parse errors or failed TUs:"
	grep '^xlatcheck: \(parse errors\|failed\): ' "$log" || true
	fail=1
fi

# Expected: "file:line:rule" from the marks (the per-TU findings only).
module_marks "$mod" "$arch" 0 >"$work/module-$arch.expected"

# Reported: every xlatcheck warning.
reported_findings "$log" "$mod" >"$work/module-$arch.reported.all"
sort -u "$work/module-$arch.reported.all" >"$work/module-$arch.reported"

n_exp=$(grep -c . "$work/module-$arch.expected" || true)
n_rep=$(grep -c . "$work/module-$arch.reported" || true)
echo "expected findings: $n_exp; reported: $n_rep"
dups=$(uniq -d "$work/module-$arch.reported.all")
if [ -n "$dups" ]; then
	echo "FAIL: findings reported more than once:"
	echo "$dups" | sed 's/^/  /'
	fail=1
fi
if [ "$n_exp" -eq 0 ]; then
	echo "FAIL: no expectations found in $src (broken marks?)"
	fail=1
fi
missing=$(comm -23 "$work/module-$arch.expected" "$work/module-$arch.reported")
extra=$(comm -13 "$work/module-$arch.expected" "$work/module-$arch.reported")
if [ -n "$missing" ]; then
	echo "FAIL: missing findings (file:line:rule):"
	echo "$missing" | sed 's/^/  /'
	fail=1
fi
if [ -n "$extra" ]; then
	echo "FAIL: unexpected findings (file:line:rule):"
	echo "$extra" | sed 's/^/  /'
	grep ': warning: .*\[xlatcheck:' "$log" | sed 's/^/    /' | head -40
	fail=1
fi

# Names as written (issue 9 item 4): the sink a warning names ("reaches
# X()") is written in the module's sources, never only in the expansion of
# what was written (x86_64's __pa() reaches __phys_addr() with
# CONFIG_DEBUG_VIRTUAL, __phys_addr_nodebug() without it).
unwritten=$(sed -n 's|^\([^ ]*\): warning: .* reaches \([A-Za-z0-9_]*\)(), .*\[xlatcheck:.*|\1 \2|p' "$log" |
	while read -r at name; do
		cat "$mod"/*.c "$mod"/*.h | grep -Eq "(^|[^A-Za-z0-9_])$name\(" || echo "$at $name()"
	done)
if [ -n "$unwritten" ]; then
	echo "FAIL: warnings name a sink the sources do not write (an expansion's name):"
	echo "$unwritten" | sed 's/^/  /'
	fail=1
fi

# The seed's notes: the lines right after its warning, up to the next line
# that is not a note, must include one naming get_cpu_gdt_rw in asm/desc.h.
seed_line=$(grep -n '__set_fixmap(get_cpu_gdt_ro_index(cpu), __pa(get_cpu_gdt_rw(cpu)), prot)' "$mod/seed.c" | cut -d: -f1)
notes=$(awk -v w="/seed.c:$seed_line:" '
	index($0, w) > 0 && /: warning: .*\[xlatcheck:percpu-to-linear\]$/ { on = 1; next }
	on && /^[^ ]*:[0-9]+:[0-9]+: note: / { print; next }
	{ on = 0 }' "$log")
if [ -z "$seed_line" ]; then
	echo "FAIL: the seed line is missing from seed.c"
	fail=1
elif ! printf '%s\n' "$notes" | grep 'asm/desc\.h' | grep -q 'get_cpu_gdt_rw'; then
	echo "FAIL: no note of the seed finding (seed.c:$seed_line) names get_cpu_gdt_rw in asm/desc.h; its notes:"
	printf '%s\n' "$notes" | sed 's/^/  /'
	fail=1
fi

# A flag clang refused is a gap in rules/flags/gcc.json: worth seeing here,
# though only parse errors fail the test.
sed -n 's/.*clang rejected a flag.*: //p' "$log" | sort -u | sed 's/^/note: clang rejected flag: /'

[ "$fail" -eq 0 ] || { echo "log: $log"; exit 1; }
echo "PASS"
