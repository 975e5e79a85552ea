# tests/lib.sh: the prelude every shell test shares, sourced as
#   . "$(dirname "$0")/../lib.sh"
# fail MESSAGE counts a failure and says it (prefixed with $case when the
# script sets one), ok counts a pass, fresh_dir DIR makes the directory the
# test owns (removing what an earlier run of the same test left there),
# and summary NAME prints the counts and is the script's status.
# shellcheck shell=sh
fails=0
pass=0
fail() { echo "FAIL: ${case:+$case: }$*"; fails=$((fails + 1)); }
ok() { pass=$((pass + 1)); }
fresh_dir() { rm -rf "$1" && mkdir -p "$1"; }
summary() {
	echo "$1: $pass passed, $fails failed"
	[ "$fails" -eq 0 ]
}
