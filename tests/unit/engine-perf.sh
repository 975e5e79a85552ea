#!/bin/sh
# The engine's worst shapes stay fast and small: each case generates its
# input (awk), runs xlatcheck on it under a time limit (20 s) and a memory
# limit (1 GB of address space; under ASan only the time limit holds), and
# checks the finding at the end of the flow is reported.
# Usage: engine-perf.sh XLATCHECK TMPDIR SANITIZED CASE
# Everything is written below TMPDIR/CASE, which this script creates.
set -u
xc=$1
tmp=$2/$4
sanitized=$3
case=$4
rm -rf "$tmp" && mkdir -p "$tmp" || exit 2
cd "$tmp" || exit 2

prologue() {
	printf 'void *vmalloc(unsigned long size);\nvoid *kmalloc(unsigned long size, int flags);\n'
	printf '#define PAGE_OFFSET 0xC0000000UL\n#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET)\n'
}

case $case in
goto-labels-1000)
	# 1,000 labels, each a block with its own local and a goto forward or
	# backward; the vmalloc pointer is swapped into p along the way.
	{ prologue; awk 'BEGIN {
		print "unsigned long many(int n)\n{\n\tvoid *p = kmalloc(n, 0), *q = vmalloc(n);"
		for (i = 0; i < 1000; i++)
			printf "l%d: {\n\t\tvoid *v%d = p;\n\t\tif (n-- > %d)\n\t\t\tgoto l%d;\n\t\tp = q;\n\t\tq = v%d;\n\t}\n", i, i, i % 5, (i * 7 + 3) % 1000, i
		print "\treturn __pa(p);\n}" }'; } >case.c
	line=$(grep -n 'return __pa(p)' case.c | cut -d: -f1)
	;;
nested-loops-20)
	# 20 nested loops, each moving 12 pointers one place along.
	{ prologue; awk 'BEGIN {
		printf "unsigned long nested(int n)\n{\n\tvoid *a0 = vmalloc(n)"
		for (v = 1; v < 12; v++) printf ", *a%d = kmalloc(n, 0)", v
		print ";"
		for (i = 0; i < 20; i++) {
			printf "\tfor (int i%d = 0; i%d < n; i%d++) {\n", i, i, i
			for (v = 11; v > 0; v--) printf "\t\ta%d = a%d;\n", v, v - 1
			printf "\t\ta0 = a%d;\n", (i % 11) + 1
		}
		for (i = 0; i < 20; i++) print "\t}"
		print "\treturn __pa(a11);\n}" }'; } >case.c
	line=$(grep -n 'return __pa(a11)' case.c | cut -d: -f1)
	;;
loop-chain-64)
	# A value moved along 64 variables inside one loop: 65 rounds.
	{ prologue; awk 'BEGIN {
		printf "unsigned long chain(int n)\n{\n\tvoid *v0 = vmalloc(n)"
		for (v = 1; v <= 64; v++) printf ", *v%d = kmalloc(n, 0)", v
		print ";\n\twhile (n--) {"
		for (v = 64; v > 0; v--) printf "\t\tv%d = v%d;\n", v, v - 1
		print "\t}\n\treturn __pa(v64);\n}" }'; } >case.c
	line=$(grep -n 'return __pa(v64)' case.c | cut -d: -f1)
	;;
*)
	echo "engine-perf.sh: unknown case $case" >&2
	exit 2
	;;
esac

if [ "$sanitized" = 1 ]; then
	timeout 20 "$xc" case.c -- -m32 >out.txt 2>err.txt
else
	(ulimit -v 1048576 && exec timeout 20 "$xc" case.c -- -m32) >out.txt 2>err.txt
fi
status=$?
if [ "$status" -ne 1 ]; then
	echo "FAIL: $case: exit $status, want 1 (a finding; 124 is the time limit)"
	sed 's/^/    /' err.txt | head -20
	exit 1
fi
if ! grep -Eq "^case.c:$line:[0-9]+: warning: vmalloc pointer reaches __pa" out.txt; then
	echo "FAIL: $case: no finding at line $line"
	sed 's/^/    /' out.txt | head -20
	exit 1
fi
if grep -q 'notice' err.txt; then
	echo "FAIL: $case: a limit was hit"
	sed 's/^/    /' err.txt | head -20
	exit 1
fi
echo "ok: $case"
