#!/bin/sh
# validate.sh FILE.sarif...: every file through what ci/setup installs:
#   1. ajv with the schema the SARIF Multitool package ships (schema-check.mjs);
#   2. Microsoft's SARIF Multitool, `validate --rule-kind "Gh;Sarif"`: the
#      schema again and GitHub's ingestion rules (after ajv: see below);
# then, when the design notes' validator (../shared/sarif/validate-sarif.mjs
# beside the checkout) is there, through it too (GitHub's size limits).
#
# Exit 0: every file is valid.  1: some file is not (the problems are
# printed).  77 (CTest: skipped; ci/test fails on a skip under CI=true): the
# validator is not installed, with the reason.  Never a silent pass.
#
# Looked for under ${XLATCHECK_TOOLS:-/opt/xlatcheck}/sarif-multitool.
set -u
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { echo "usage: $0 FILE.sarif..." >&2; exit 2; }

prefix=${XLATCHECK_TOOLS:-/opt/xlatcheck}/sarif-multitool
mt=$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$mt" ] || [ ! -d "$prefix/node_modules/ajv" ]; then
	echo "SKIPPED: no SARIF Multitool and ajv under $prefix; run ci/setup"
	exit 77
fi
if ! command -v node >/dev/null 2>&1; then
	echo "SKIPPED: no node to run ajv with; run ci/setup"
	exit 77
fi
for f in "$@"; do
	[ -f "$f" ] || { echo "validate.sh: FAIL: no such file: $f"; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/xc-validate.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# ajv first: the Multitool stops, silently, at a file it cannot read (an
# enum value out of range is enough) and then reports nothing for it or for
# any file after it in the run, while saying "Done. N files scanned."  Its
# verdict is only trusted on files that are valid against the schema.
if ! node "$here/schema-check.mjs" "$prefix" "$@"; then
	echo "validate.sh: FAIL: schema violations (ajv); the SARIF Multitool was not run"
	exit 1
fi
echo "validate.sh: $# files pass the shipped schema (ajv)"

# The Multitool's exit status says only whether it ran; the verdict is its
# output log: any result at level error or warning is a problem.
status=0
if ! "$mt" validate --rule-kind "Gh;Sarif" --level "Error;Warning" -o "$tmp/verdict.sarif" \
	"$@" >"$tmp/console" 2>&1 || ! grep -q '"results"' "$tmp/verdict.sarif" 2>/dev/null; then
	cat "$tmp/console"
	echo "validate.sh: FAIL: the SARIF Multitool did not run or wrote no verdict"
	exit 1
fi
# SARIF2005 (no tool informationUri) is not counted: the field is optional
# in the schema and for GitHub, and xlatcheck has no public home page to
# name; a placeholder address would be worse (docs/ci.md).
problems=$(grep '"ruleId"' "$tmp/verdict.sarif" | grep -vc '"SARIF2005"' || true)
if [ "$problems" -ne 0 ]; then
	grep -E ': (error|warning) ' "$tmp/console" | grep -v ' SARIF2005: '
	echo "validate.sh: FAIL: $problems problems in $# files (SARIF Multitool)"
	status=1
else
	echo "validate.sh: $# files pass the SARIF Multitool (schema, GitHub rules)"
fi

shared="$here/../../../shared/sarif/validate-sarif.mjs"
if [ -f "$shared" ]; then
	if node "$shared" --github "$@" >"$tmp/shared.out" 2>&1; then
		echo "validate.sh: $# files pass validate-sarif.mjs --github"
	else
		cat "$tmp/shared.out"
		echo "validate.sh: FAIL: validate-sarif.mjs --github"
		status=1
	fi
fi
exit $status
