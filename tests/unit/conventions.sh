#!/bin/sh
# Behaving like the kernel's own checkers (issue 10), one block per point,
# each checked by its exit status and the exact first line it prints:
#   1 errors that never hide   2 Kbuild conventions   3 the summary and [new]
#   4 one option table         5 columns              6 kbuild-compdb
# Usage: conventions.sh XLATCHECK KBUILD_COMPDB TMPDIR
set -u
xc=$1
compdb=$2
tmp=$3
. "$(dirname "$0")/../lib.sh"
fresh_dir "$tmp" || exit 2

# run NAME STATUS CMD...: stdout in NAME.out, stderr in NAME.err
run() {
	name=$1 want=$2
	shift 2
	"$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
	got=$?
	if [ "$got" -ne "$want" ]; then
		fail "$name: exit $got, expected $want"
		sed 's/^/    out: /' "$tmp/$name.out" | head -20
		sed 's/^/    err: /' "$tmp/$name.err" | head -20
	else ok; fi
}
# first NAME out|err LINE: the first line of that stream is exactly LINE
first() {
	got=$(head -n1 "$tmp/$1.$2")
	if [ "$got" = "$3" ]; then ok; else
		fail "$1: first line of std$2:"
		echo "    got:  $got"
		echo "    want: $3"
	fi
}
# has NAME out|err ERE / lacks NAME out|err ERE
has() { if grep -Eq -- "$3" "$tmp/$1.$2"; then ok; else fail "$1: std$2 lacks /$3/"; sed 's/^/    /' "$tmp/$1.$2" | head -20; fi; }
lacks() { if grep -Eq -- "$3" "$tmp/$1.$2"; then fail "$1: std$2 has /$3/"; else ok; fi; }
empty() { if [ -s "$tmp/$1.$2" ]; then fail "$1: std$2 not empty"; sed 's/^/    /' "$tmp/$1.$2" | head; else ok; fi; }

cd "$tmp" || exit 2
cat >bug.c <<'C'
void *vmalloc(unsigned long size);
#define PAGE_OFFSET 0xC0000000UL
#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET)
unsigned long bug(void)
{
	void *buf = vmalloc(4096);
	return __pa(buf);
}
C
sed 's/bug(void)/bug2(void)/' bug.c >bug2.c
cat >clean.c <<'C'
int clean(int x) { return x + 1; }
C
cat >broken.c <<'C'
int broken(void) { return undeclared_thing + ; }
C
# A line that holds "é" (2 bytes, 1 UTF-16 unit) before the finding.
cat >accent.c <<'C'
void *vmalloc(unsigned long size);
#define __pa(x) ((unsigned long)(x) - 0xC0000000UL)
unsigned long accent(void)
{
	void *buf = vmalloc(4096);
	return /* é */ __pa(buf);
}
C
bugline="bug.c:7:9: warning: vmalloc pointer reaches __pa(), which is only valid on the linear map [xlatcheck:vmalloc-to-linear]"
kflags="-D__linux__ -Dlinux -D__KERNEL__ -nostdinc"

# ---- 1. errors that never hide -------------------------------------------
# Output directories are made as needed, however deep.
run mkdirs 1 "$xc" -q --sarif-dir "$tmp/xc/per-tu" bug.c
[ "$(ls "$tmp/xc/per-tu" | grep -c '^bug.c-.*\.sarif$')" -eq 1 ] && ok || fail "mkdirs: no SARIF file in xc/per-tu"
first mkdirs out "$bugline"
# An output that cannot be written: the path and the reason.
run unwritable 2 "$xc" -q -o "$tmp/clean.c/report.txt" bug.c
first unwritable err "xlatcheck: error: cannot create directory (Not a directory): $tmp/clean.c"
# -q keeps the reason for exit 2 (a TU that did not parse).
run quiet-parse 2 "$xc" -q broken.c
has quiet-parse err "^xlatcheck: parse errors: $tmp/broken.c: [0-9]+ errors \(first: $tmp/broken.c:1:"
has quiet-parse err "^xlatcheck: error: 1 TU did not parse cleanly, so the check is incomplete \(first: $tmp/broken.c\)$"
# --fail-on never: 0, the parse error still named; CI can ask for 2.
run never-parse 0 "$xc" -q --fail-on never broken.c bug.c
first never-parse err "$(head -n1 "$tmp/quiet-parse.err")"
run ci-parse 2 "$xc" -q --fail-on never --fail-on-parse-errors broken.c bug.c
has ci-parse err "^xlatcheck: error: 1 TU did not parse cleanly"
# Kbuild mode never fails the kernel build for it, unless asked.
run kbuild-parse 0 "$xc" $kflags broken.c
run kbuild-parse-ci 2 "$xc" $kflags -q --fail-on-parse-errors broken.c
# merge of an empty directory: a warning and a valid, empty log.
mkdir -p none
run merge-empty 0 "$xc" merge none -o "$tmp/none.sarif"
first merge-empty err "xlatcheck: warning: no SARIF files to merge in none: writing an empty run (C=1 checks only recompiled files; use C=2)"
grep -q '"results": \[' none.sarif && ok || fail "merge-empty: no results array"

# ---- 2. Kbuild conventions --------------------------------------------------
# CF= options sit among the compiler flags; findings go to stderr.
run kbuild-cf 1 "$xc" -D__linux__ -Dlinux -q --fail-on=any $kflags -Wall bug.c
empty kbuild-cf out
first kbuild-cf err "$bugline"
run kbuild-cf-v 0 "$xc" -D__linux__ -v $kflags clean.c
has kbuild-cf-v err "^xlatcheck: 1 TU checked, 0 failed to parse, 0 findings, in [0-9.]+s$"
run kbuild-cf-qv 0 "$xc" -Dunix -qv --print-clang-args $kflags clean.c
has kbuild-cf-qv out "^$tmp/clean.c: -Dunix -D__linux__ -Dlinux -D__KERNEL__ -nostdinc "
lacks kbuild-cf-qv out " -qv"
# gcc's --param=... and -pg are the compiler's, not ours.
run kbuild-param 0 "$xc" --print-clang-args $kflags --param=allow-store-data-races=0 -pg bug.c
has kbuild-param out "^$tmp/bug.c: .*--param=allow-store-data-races=0"
# -o sends the Kbuild text to a file.
run kbuild-o 0 "$xc" $kflags -o "$tmp/kbuild/report.txt" bug.c
first kbuild-o err ""
head -n1 kbuild/report.txt >kbuild-o-file.out
first kbuild-o-file out "$bugline"
# A compile database run keeps stdout.
printf '[{"directory": "%s", "file": "bug.c", "command": "gcc -c bug.c"}]\n' "$tmp" >compile_commands.json
run db-stdout 1 "$xc" -q -p "$tmp"
first db-stdout out "$bugline"
# Colour: --color=always, and never under NO_COLOR or TERM=dumb on a tty.
run color-always 1 "$xc" -q --color=always bug.c
has color-always out "$(printf '\033')\\[1m"
run color-never 1 "$xc" -q --color never bug.c
lacks color-never out "$(printf '\033')"
run color-bad 2 "$xc" --color=sometimes bug.c
first color-bad err "xlatcheck: error: invalid argument 'sometimes' for '--color' (valid: auto, always, never)"
if script -qec "true" "$tmp/typescript" >/dev/null 2>&1; then
	run tty-color 0 script -qec "'$xc' -q --fail-on never bug.c" "$tmp/typescript"
	has tty-color out "$(printf '\033')\\[1m"
	run tty-nocolor 0 script -qec "NO_COLOR=1 '$xc' -q --fail-on never bug.c" "$tmp/typescript"
	lacks tty-nocolor out "$(printf '\033')\\["
	run tty-dumb 0 script -qec "TERM=dumb '$xc' -q --fail-on never bug.c" "$tmp/typescript"
	lacks tty-dumb out "$(printf '\033')\\["
fi
# The default -j is the affinity mask's CPU count.
if command -v taskset >/dev/null 2>&1; then
	run affinity 0 taskset -c 0 "$xc" -v clean.c clean.c
	first affinity err "xlatcheck: 2 TUs, 1 at a time"
fi
# An external module (M=): SARIF paths are relative to it.
mkdir -p mod
cp bug.c mod/
run extmod 0 env KBUILD_EXTMOD="$tmp/mod" "$xc" $kflags --sarif "$tmp/extmod.sarif" mod/bug.c
grep -q "\"uri\": \"file://$tmp/mod/\"" extmod.sarif && grep -q '"uri": "bug.c"' extmod.sarif && ok ||
	fail "extmod: %SRCROOT% is not the module directory"

# ---- 3. the summary, [new] and --only-new ---------------------------------
run summary 1 "$xc" bug.c bug2.c clean.c
has summary err "^xlatcheck: 3 TUs checked, 0 failed to parse, 2 findings, in [0-9.]+s$"
run summary-one 0 "$xc" clean.c
has summary-one err "^xlatcheck: 1 TU checked, 0 failed to parse, 0 findings, in "
run base 1 "$xc" -q --sarif "$tmp/base.sarif" bug.c
run with-base 1 "$xc" --baseline "$tmp/base.sarif" --fail-on new bug.c bug2.c
first with-base out "$bugline"
has with-base out "^bug2.c:7:9: warning: .*\\[xlatcheck:vmalloc-to-linear\\] \\[new\\]$"
has with-base err "^xlatcheck: 2 TUs checked, 0 failed to parse, 2 findings \\(1 new\\), in "
run only-new 1 "$xc" -q --baseline "$tmp/base.sarif" --only-new bug.c bug2.c
first only-new out "bug2.c:7:9: warning: vmalloc pointer reaches __pa(), which is only valid on the linear map [xlatcheck:vmalloc-to-linear] [new]"
lacks only-new out "^bug.c:"

# ---- 4. one option table --------------------------------------------------
run help 0 "$xc" --help
first help out "usage: xlatcheck [OPTIONS] -p BUILD_DIR|compile_commands.json [PATH...]"
lacks help out "%%"
has help out "%SRCROOT%"
run merge-help 0 "$xc" merge --help
first merge-help out "usage: xlatcheck merge [OPTIONS] DIR|FILE.sarif..."
run bundle 1 "$xc" -qv bug.c
first bundle err "xlatcheck: 1 TU, 1 at a time"
run bundle-j 1 "$xc" -qj1 bug.c
run equals 0 "$xc" --fail-on=never --format=sarif -o "$tmp/eq.sarif" bug.c
for cmd in check merge; do
	pre=
	[ "$cmd" = merge ] && pre=merge
	run "$cmd-unknown" 2 "$xc" $pre --bogus x
	first "$cmd-unknown" err "xlatcheck: error: unrecognized option '--bogus' (see --help)"
	run "$cmd-novalue" 2 "$xc" $pre x --fail-on
	first "$cmd-novalue" err "xlatcheck: error: option '--fail-on' requires an argument"
	run "$cmd-badvalue" 2 "$xc" $pre --fail-on=sometimes x
	first "$cmd-badvalue" err "xlatcheck: error: invalid argument 'sometimes' for '--fail-on' (valid: any, new, never)"
	run "$cmd-noarg" 2 "$xc" $pre --quiet=yes x
	first "$cmd-noarg" err "xlatcheck: error: option '--quiet' doesn't allow an argument"
	run "$cmd-short" 2 "$xc" $pre -qZ x
	first "$cmd-short" err "xlatcheck: error: invalid option -- 'Z' (see --help)"
done
run merge-q 1 "$xc" merge -q xc/per-tu -o "$tmp/merged.sarif"
empty merge-q err

# ---- 5. columns -----------------------------------------------------------
# The text counts bytes (clang's convention), SARIF UTF-16 code units.
run accent 1 "$xc" -q --sarif "$tmp/accent.sarif" accent.c
first accent out "accent.c:6:18: warning: vmalloc pointer reaches __pa(), which is only valid on the linear map [xlatcheck:vmalloc-to-linear]"
tr -d ' \n' <accent.sarif | grep -q '"region":{"startLine":6,"startColumn":17,"endLine":6,"endColumn":26}' && ok ||
	fail "accent: the SARIF column is not in UTF-16 code units"
# merge reads them back as UTF-16 and writes the same columns.
run accent-merge 1 "$xc" merge -q accent.sarif -o "$tmp/accent-merged.sarif"
tr -d ' \n' <accent-merged.sarif | grep -q '"region":{"startLine":6,"startColumn":17,"endLine":6,"endColumn":26}' && ok ||
	fail "accent-merge: merge changed the columns"

# ---- 6. a compile database path with no TU does not stop the others -------
mkdir -p nothing-built
run db-partial 1 "$xc" -q -p "$tmp" bug.c nothing-built
first db-partial err "xlatcheck: warning: not in the compile database: nothing-built"
first db-partial out "$bugline"
run db-file 1 "$xc" -q -p "$tmp/compile_commands.json"

# ---- 7. kbuild-compdb -------------------------------------------------------
run compdb-help 0 "$compdb" --help
first compdb-help out "usage: kbuild-compdb [-o OUT] [-d OBJTREE] [-l] [-v] [DIR...]"
run compdb-refuse 1 "$compdb" -d "$tmp/mod"
first compdb-refuse err "kbuild-compdb: error: not a built kernel tree: $tmp/mod (no .config; run it where Kbuild built, or give -d O=DIR)"

# ---- rule help and security tags inside the SARIF -------------------------
tr -d '\n' <base.sarif >base-flat.sarif
grep -q '"markdown": "# vmalloc-to-linear' base-flat.sarif && ok || fail "SARIF: no rule page in help.markdown"
grep -q 'See suppression.md (docs/suppression.md)' base-flat.sarif && ok || fail "SARIF: the link to suppression.md was not made plain text"
lacks base-flat sarif '\]\(\.\./'
grep -q '"fullDescription": { *"text": "A pointer into `vmalloc()` memory reaches a translation that is only valid on the linear map." *}' base-flat.sarif &&
	ok || fail "SARIF: fullDescription is not the page's first paragraph"

summary conventions
