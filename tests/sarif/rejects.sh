#!/bin/sh
# rejects.sh: each layer of tests/sarif/validate.sh can fail.
#   invalid.sarif         a result level that is not an enum value and line 0:
#                         the Multitool passes it silently, ajv must catch it
#   invalid-github.sarif  schema-valid, but no $schema and a rule without
#                         descriptions: GitHub's rules (Multitool GH*) must
# Each must be rejected (exit 1) for its reason.  77 (skip, with the
# reason) passes through.
set -u
here=$(cd "$(dirname "$0")" && pwd)
fail=0
# rejects FILE WANT...: validate.sh exits 1 on FILE and prints every WANT.
rejects() {
	file=$1
	shift
	out=$(sh "$here/validate.sh" "$here/$file" 2>&1)
	rc=$?
	printf '%s\n' "$out"
	[ "$rc" -eq 77 ] && exit 77
	[ "$rc" -eq 1 ] || { echo "FAIL: validate.sh exited $rc on $file, expected 1"; fail=1; }
	for want in "$@"; do
		printf '%s\n' "$out" | grep -qF -- "$want" || { echo "FAIL: $file: not reported: $want"; fail=1; }
	done
}
rejects invalid.sarif \
	"invalid.sarif: schema: /runs/0/results/0/level: must be equal to one of the allowed values" \
	"invalid.sarif: schema: /runs/0/results/0/locations/0/physicalLocation/region/startLine: must be >= 1" \
	"FAIL: schema violations (ajv)"
rejects invalid-github.sarif "1 files pass the shipped schema (ajv)" \
	"invalid-github.sarif(1): error GH1013" "invalid-github.sarif(5,58): error GH2012" \
	"problems in 1 files (SARIF Multitool)"
[ "$fail" -eq 0 ] && echo "PASS: every invalid file rejected for its reason"
exit $fail
