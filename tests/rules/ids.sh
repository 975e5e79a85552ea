#!/bin/sh
# Every rule id is documented and known to the golden runner: each rule that
# reports a region (xlatcheck --list-rules, REGION not "-") has a page
# docs/rules/ID.md and is in testdata/run-case.sh's known_rules.  Then the
# same check on a rule added with --rules and no page nor known_rules entry
# must fail, naming both (the check can fail).
#   ids.sh XLATCHECK SRC WORK
set -u
xc=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work/extra" || exit 2

known=$(sed -n 's/^known_rules="\(.*\)"$/\1/p' "$src/testdata/run-case.sh")
[ -n "$known" ] || { echo "FAIL: no known_rules line in testdata/run-case.sh"; exit 1; }

# check_ids [--rules DIR]: one line per missing page or runner entry.
check_ids() {
	"$xc" "$@" --list-rules >"$work/list.txt" || { echo "--list-rules failed"; return; }
	sed 1d "$work/list.txt" | awk '$2 != "-" { print $1 }' | while read -r id; do
		[ -f "$src/docs/rules/$id.md" ] || echo "rule $id has no docs/rules/$id.md"
		case " $known " in
		*" $id "*) ;;
		*) echo "rule $id is not in known_rules of testdata/run-case.sh" ;;
		esac
	done
}

problems=$(check_ids)
if [ -n "$problems" ]; then
	echo "$problems" | sed 's/^/FAIL: /'
	exit 1
fi
n=$(sed 1d "$work/list.txt" | awk '$2 != "-"' | wc -l)
[ "$n" -ge 12 ] || { echo "FAIL: only $n region rules listed"; exit 1; }

cat >"$work/extra/new.json" <<'JSON'
{"rules": [{"id": "selftest-to-linear", "name": "S", "regions": ["vmalloc"],
  "short_description": "s", "full_description": "f", "message": "%r %s",
  "help": "h", "level": "warning", "precision": "high"}]}
JSON
problems=$(check_ids --rules "$work/extra")
echo "$problems" | grep -q "selftest-to-linear has no docs/rules/selftest-to-linear.md" &&
	echo "$problems" | grep -q "selftest-to-linear is not in known_rules" ||
	{ echo "FAIL: a rule without a page or runner entry passed: $problems"; exit 1; }
[ "$(echo "$problems" | wc -l)" -eq 2 ] || { echo "FAIL: unexpected: $problems"; exit 1; }
echo "ok: $n region rules, each with a page and in known_rules"
