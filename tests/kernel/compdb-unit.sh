#!/bin/sh
# compdb-unit.sh KBUILD_COMPDB WORKDIR
#
# kbuild-compdb on hand-made .cmd files (no kernel tree needed): the Kbuild
# line shapes it must read (6.1's `cmd_`, >= 6.3's `savedcmd_`, the x86_64
# `; objtool ...` tail, relative and absolute sources, `\#` and `$(pound)`
# escapes) and those it must skip (assembly, links, vanished sources), the
# directory restriction, and the failure on an empty result.
set -eu
compdb=$1 work=$2/compdb-unit
rm -rf "$work"
mkdir -p "$work/tree/a/sub" "$work/tree/b" "$work/src"
cd "$work/tree"
: >.config
: >a/one.c
: >a/sub/two.c
: >b/three.c
: >"$work/src/abs.c"
: >a/four.S
printf '%s\n' 'cmd_a/one.o := gcc -DX=\#1 -DY=$(pound)2 -c -o a/one.o a/one.c' 'source_a/one.o := a/one.c' >a/.one.o.cmd
printf '%s\n' 'savedcmd_a/sub/two.o := gcc -O2 -c -o a/sub/two.o a/sub/two.c   ; ./tools/objtool/objtool --orc a/sub/two.o' >a/sub/.two.o.cmd
printf '%s\n' "cmd_b/abs.o := gcc -c -o b/abs.o $work/src/abs.c" >b/.abs.o.cmd
printf '%s\n' 'cmd_b/three.o := gcc -c -o b/three.o b/three.c' >b/.three.o.cmd
printf '%s\n' 'cmd_a/four.o := gcc -D__ASSEMBLY__ -c -o a/four.o a/four.S' >a/.four.o.cmd
printf '%s\n' 'cmd_a/built-in.a := rm -f a/built-in.a; ar cDPrST a/built-in.a a/one.o' >a/.built-in.a.cmd
printf '%s\n' 'cmd_a/gone.o := gcc -c -o a/gone.o a/gone.c' >a/.gone.o.cmd

fail=0
check() { # what expected actual
	if [ "$2" != "$3" ]; then
		echo "FAIL: $1"
		echo "  expected: $2"
		echo "  actual:   $3"
		fail=1
	fi
}
here=$(pwd)

if ! "$compdb" -d . -o "$work/all.json" 2>"$work/err.txt"; then
	echo "FAIL: kbuild-compdb failed:"
	cat "$work/err.txt"
	exit 1
fi
list=$("$compdb" -l -d . 2>/dev/null | tr '\n' ' ')
check "all C compiles, sorted, absolute" \
	"$work/src/abs.c $here/a/one.c $here/a/sub/two.c $here/b/three.c " "$list"
grep -q '^kbuild-compdb: warning: 1 source named by .cmd files is gone, skipped (first: .*/a/gone.c not found' "$work/err.txt" ||
	{ echo "FAIL: no note about the vanished a/gone.c:"; cat "$work/err.txt"; fail=1; }
grep -q '"command": "gcc -DX=#1 -DY=#2 -c -o a/one.o a/one.c"' "$work/all.json" ||
	{ echo "FAIL: escapes not undone:"; grep '"command"' "$work/all.json"; fail=1; }
grep -q '"command": "gcc -O2 -c -o a/sub/two.o a/sub/two.c"' "$work/all.json" ||
	{ echo "FAIL: the objtool tail was kept:"; grep '"command"' "$work/all.json"; fail=1; }
grep -q "\"directory\": \"$here\"" "$work/all.json" || { echo "FAIL: directory is not $here"; fail=1; }
[ "$(grep -c '"file"' "$work/all.json")" -eq 4 ] || { echo "FAIL: not 4 entries"; fail=1; }

list=$("$compdb" -l -d "$here" a 2>/dev/null | tr '\n' ' ')
check "restricted to a/" "$here/a/one.c $here/a/sub/two.c " "$list"

list=$("$compdb" -l -d "$here" ./b/../a/sub/ 2>/dev/null | tr '\n' ' ')
check "restricted to a non-canonical a/sub" "$here/a/sub/two.c " "$list"

mkdir -p empty
if "$compdb" -d . -o "$work/empty.json" empty 2>/dev/null; then
	echo "FAIL: an empty database must be an error"
	fail=1
fi
[ ! -e "$work/empty.json" ] || { echo "FAIL: an empty database was written"; fail=1; }

# --help, and a clear refusal outside a built tree (no walk, one line).
"$compdb" --help >"$work/help.txt" 2>&1 || { echo "FAIL: --help failed"; fail=1; }
check "--help, first line" "usage: kbuild-compdb [-o OUT] [-d OBJTREE] [-l] [-v] [DIR...]" "$(head -n1 "$work/help.txt")"
status=0
"$compdb" -d a -o "$work/refused.json" >"$work/refused.txt" 2>&1 || status=$?
check "outside a built tree: exit" 1 "$status"
check "outside a built tree: one line" \
	"kbuild-compdb: error: not a built kernel tree: $here/a (no .config; run it where Kbuild built, or give -d O=DIR)" \
	"$(cat "$work/refused.txt")"
# An external module's directory is not where its commands ran (-I./include
# is the kernel tree's): refused with the way to name it.
mkdir -p "$work/mod"
: >"$work/mod/modules.order"
status=0
"$compdb" -d "$work/mod" -o "$work/mod.json" >"$work/mod.txt" 2>&1 || status=$?
check "an M= directory as OBJTREE: exit" 1 "$status"
check "an M= directory as OBJTREE: one line" \
	"kbuild-compdb: error: not a built kernel tree: $work/mod (an external module (M=), whose commands Kbuild ran in the kernel's build tree: give that tree with -d and the module as DIR)" \
	"$(cat "$work/mod.txt")"
[ ! -e "$work/mod.json" ] || { echo "FAIL: a database was written for an M= directory"; fail=1; }
status=0
"$compdb" --bogus >"$work/bogus.txt" 2>&1 || status=$?
check "unknown option: exit" 2 "$status"

[ "$fail" -eq 0 ] && echo PASS
exit "$fail"
