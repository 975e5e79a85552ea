#!/bin/sh
# Rules that explain themselves: `--list-rules` lists every rule (id,
# region, level, description) and `--explain ID` prints exactly the rule's
# page, docs/rules/ID.md, for every id, from the build tree's copy beside
# the binary; every page has a rule and every rule a page; a rule added
# with --rules and no page is explained from its JSON; an unknown id is
# one error line and exit 2.  Usage: explain.sh XLATCHECK WORK SRC
set -u
xc=$1 work=$2 src=$3
. "$(dirname "$0")/../lib.sh"
rm -rf "$work" && mkdir -p "$work/extra" || exit 2

"$xc" --list-rules >"$work/list.txt" 2>"$work/list.err" || fail "--list-rules exit $?"
[ -s "$work/list.err" ] && fail "--list-rules wrote to stderr: $(cat "$work/list.err")"
head -1 "$work/list.txt" | grep -qE '^ID +REGION +LEVEL +DESCRIPTION$' || fail "no header line"
grep -qE '^percpu-to-linear +percpu +warning +A per-CPU pointer reaches' "$work/list.txt" ||
	fail "percpu-to-linear line: $(grep percpu-to-linear "$work/list.txt")"
grep -qE '^stale-suppression +- +note +' "$work/list.txt" || fail "a meta rule shows no region as -"
ids=$(sed 1d "$work/list.txt" | awk '{ print $1 }')
[ "$(echo "$ids" | wc -l)" -ge 11 ] || fail "fewer than 11 rules listed"

for id in $ids; do
	"$xc" --explain "$id" >"$work/$id.md" 2>"$work/$id.err" || fail "--explain $id: exit $?"
	[ -s "$work/$id.err" ] && fail "--explain $id wrote to stderr"
	cmp -s "$work/$id.md" "$src/docs/rules/$id.md" || fail "--explain $id is not docs/rules/$id.md"
	head -1 "$work/$id.md" | grep -qx "# $id" || fail "--explain $id: first line is not '# $id'"
	for section in "## Why" "## How to fix" "## How to suppress"; do
		grep -q "^$section" "$work/$id.md" || fail "--explain $id has no '$section' section"
	done
done
for page in "$src"/docs/rules/*.md; do
	id=$(basename "$page" .md)
	echo "$ids" | grep -qx "$id" || fail "docs/rules/$id.md has no rule"
done
"$xc" --explain=percpu-to-linear | cmp -s - "$src/docs/rules/percpu-to-linear.md" ||
	fail "--explain=ID form"

# Unknown id (or option): one line on stderr, nothing on stdout, exit 2.
"$xc" --explain no-such-rule >"$work/unknown.out" 2>"$work/unknown.err"
[ $? -eq 2 ] || fail "unknown rule: exit not 2"
[ -s "$work/unknown.out" ] && fail "unknown rule printed to stdout"
[ "$(wc -l <"$work/unknown.err")" -eq 1 ] || fail "unknown rule: not one line: $(cat "$work/unknown.err")"
grep -qx 'xlatcheck: error: unknown rule (xlatcheck --list-rules lists them): no-such-rule' \
	"$work/unknown.err" || fail "unknown rule message: $(cat "$work/unknown.err")"
"$xc" --explain >/dev/null 2>&1
[ $? -eq 2 ] || fail "--explain without an id: exit not 2"
"$xc" --list-rules -p build >"$work/mixed.txt" 2>&1
[ $? -eq 2 ] || fail "--list-rules with a check option: exit not 2"

# A rule of one's own, without a page: its JSON explains it.
cat >"$work/extra/zone.json" <<'J'
{
  "regions": [{"name": "myzone", "description": "a test region"}],
  "rules": [{"id": "myzone-to-linear", "name": "MyzoneToLinear", "regions": ["myzone"],
             "level": "warning", "precision": "high",
             "short_description": "A myzone pointer reaches a linear-map translation.",
             "full_description": "Myzone memory is not in the linear map.",
             "message": "%r pointer reaches %s()",
             "help": "Use myzone_to_phys()."}]
}
J
"$xc" --rules "$work/extra" --list-rules >"$work/extra.txt" 2>&1 || fail "--list-rules --rules: $(cat "$work/extra.txt")"
grep -qE '^myzone-to-linear +myzone +warning +A myzone pointer' "$work/extra.txt" ||
	fail "an added rule is not listed"
"$xc" --explain myzone-to-linear --rules "$work/extra" >"$work/extra.md" 2>&1 ||
	fail "--explain of an added rule: $(cat "$work/extra.md")"
for text in "# myzone-to-linear" "Myzone memory is not in the linear map." "Use myzone_to_phys()." \
	"## How to suppress"; do
	grep -qF "$text" "$work/extra.md" || fail "added rule's explanation lacks: $text"
done

[ "$fails" -eq 0 ] && echo "PASS: --list-rules and --explain for every rule"
[ "$fails" -eq 0 ]
