#!/bin/sh
# Fixes (docs/guide.md, "Fixes"): for every case in cases/, checked from a
# scratch git repository the test makes:
#  - a line marked "/* fix: OLD NEW */" must get the text note
#    'fix-it: replace "OLD" with "NEW"', a SARIF `fixes` entry, and a
#    --fix-diff that `git apply --check` takes; applied, the file equals
#    the case with only OLD( renamed to NEW( on the marked lines, and
#    checking it again finds nothing;
#  - a case without a marker still has findings but no fix anywhere (an
#    empty diff, no "fixes" in SARIF, no fix-it note);
#  - a rule file whose fix names no sink is refused with one line, exit 2;
#  - --fix-diff in Kbuild mode is refused (each TU would replace the diff).
# Every SARIF file then goes through ../shared/sarif/validate-sarif.mjs
# --github.  Without the validator or node the test is skipped (77) after
# the other checks, and fails under CI=true: never a silent pass.
# $flags is a list of compiler flags: word splitting is meant.
# shellcheck disable=SC2086
set -u
xlatcheck=$1 work=$2 validator=$3 include=$4
here=$(cd "$(dirname "$0")" && pwd)
# CONFIG_VMAP_STACK: the stack case is then a bug (stack-to-linear needs it on __pa).
flags="-m32 -std=gnu11 -nostdinc -D__KERNEL__ -DCONFIG_X86 -DCONFIG_X86_32 -DCONFIG_SMP -DCONFIG_MMU -DCONFIG_FLATMEM -DCONFIG_VMAP_STACK -I$include"
. "$(dirname "$0")/../lib.sh"
has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }
lacks() { ! grep -qF -- "$2" "$1" || fail "$1 has: $2"; }

# The sed script that makes the expected fixed file from the markers.
expected_edits() {
	grep -n '/\* fix: [A-Za-z_0-9]* [A-Za-z_0-9]* \*/' "$1" |
		sed 's|^\([0-9]*\):.*/\* fix: \([A-Za-z_0-9]*\) \([A-Za-z_0-9]*\) \*/.*|\1s/\\<\2(/\3(/|'
}

check_case() { # CASE.c
	name=$(basename "$1" .c)
	repo=$work/$name
	mkdir -p "$repo" && cp "$1" "$repo/$name.c" || return
	git -C "$repo" init -q . || { fail "$name: git init"; return; }
	(cd "$repo" && "$xlatcheck" --fix-diff "$work/$name.diff" --sarif "$work/$name.sarif" \
		"$name.c" -- $flags >"$work/$name.txt" 2>"$work/$name.err")
	[ $? -eq 1 ] || { fail "$name: want exit 1 (findings)"; cat "$work/$name.err"; return; }
	[ -f "$work/$name.diff" ] || { fail "$name: no diff written"; return; }
	edits=$(expected_edits "$1")
	if [ -z "$edits" ]; then
		grep -q ': warning: ' "$work/$name.txt" || fail "$name: no finding"
		[ ! -s "$work/$name.diff" ] || fail "$name: a fix was offered: $(cat "$work/$name.diff")"
		lacks "$work/$name.sarif" '"fixes"'
		lacks "$work/$name.txt" "fix-it:"
		return
	fi
	grep -n '/\* fix: ' "$1" | while IFS= read -r line; do
		ln=${line%%:*}
		set -- $(echo "$line" | sed 's|.*/\* fix: \([A-Za-z_0-9]*\) \([A-Za-z_0-9]*\) \*/.*|\1 \2|')
		grep -q "^$name.c:$ln:[0-9]*: note: fix-it: replace \"$1\" with \"$2\"\$" "$work/$name.txt" ||
			echo "FAIL: $name.txt: no fix-it note for line $ln ($1 -> $2)"
	done | grep . && fail "fix-it notes missing (above)"
	want=$(echo "$edits" | grep -c .)
	got=$(grep -c '"artifactChanges"' "$work/$name.sarif")
	[ "$got" -eq "$want" ] || fail "$name.sarif: $got fixes, want $want"
	(cd "$repo" && git apply --check "$work/$name.diff") || { fail "$name: git apply --check"; return; }
	(cd "$repo" && git apply "$work/$name.diff") || { fail "$name: git apply"; return; }
	sed "$edits" "$1" >"$work/$name.want.c"
	cmp "$work/$name.want.c" "$repo/$name.c" || { fail "$name: fixed file differs"; diff "$work/$name.want.c" "$repo/$name.c"; }
	(cd "$repo" && "$xlatcheck" "$name.c" -- $flags >"$work/$name.again.txt" 2>&1) ||
		{ fail "$name: the fixed file still has findings"; cat "$work/$name.again.txt"; }
}

rm -rf "$work" && mkdir -p "$work" || exit 2
ncases=0
for c in "$here"/cases/*.c; do
	check_case "$c"
	ncases=$((ncases + 1))
done
[ "$ncases" -ge 12 ] || fail "only $ncases cases ran"

# The UTF-16 column of the fix after a two-byte character (several.c:16:
# byte column 18, UTF-16 column 17).
grep -A4 '"deletedRegion"' "$work/several.sarif" | tr -d ' \n' |
	grep -qF '"startLine":16,"startColumn":17,"endLine":16,"endColumn":21' ||
	fail "several.sarif: the fix on line 16 is not at UTF-16 columns 17-21"

# A fix must name a sink of its family.
mkdir -p "$work/badrules"
cat >"$work/badrules/bad.json" <<'EOF'
{"rules": [{"id": "bad-fix", "name": "BadFix", "regions": ["vmalloc"], "level": "warning",
  "precision": "high", "short_description": "s", "full_description": "f", "message": "%r %s",
  "help": "h", "fixes": {"page": {"__pa": "vmalloc_to_page"}}}]}
EOF
"$xlatcheck" --rules "$work/badrules" --list-rules >"$work/bad.out" 2>"$work/bad.err"
[ $? -eq 2 ] || fail "a fix naming no sink of its family was accepted"
has "$work/bad.err" "fixes.page.__pa: no sink of that name and family"
[ "$(wc -l <"$work/bad.err")" -eq 1 ] || fail "want one error line: $(cat "$work/bad.err")"

# Kbuild mode runs one process per TU: one diff would be replaced by each.
(cd "$work" && "$xlatcheck" --fix-diff k.diff -D__KERNEL__ -nostdinc -c -o x.o x.c >kbuild.out 2>kbuild.err)
[ $? -eq 2 ] || fail "--fix-diff was accepted in Kbuild mode"
has "$work/kbuild.err" "--fix-diff is not for Kbuild mode"
[ ! -e "$work/k.diff" ] || fail "Kbuild mode wrote a diff"

[ "$fails" -eq 0 ] || exit 1

missing=""
[ -f "$validator" ] || missing="no SARIF validator at $validator"
command -v node >/dev/null 2>&1 || missing="node is not installed"
if [ -n "$missing" ]; then
	if [ "${CI:-}" = true ]; then
		echo "FAIL: $missing (CI=true)"
		exit 1
	fi
	echo "SKIPPED: $missing"
	exit 77
fi
node "$validator" --github "$work"/*.sarif
