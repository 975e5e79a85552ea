#!/bin/sh
# The GitHub template, ci/github-workflow.yml: valid against GitHub's
# workflow schema (npm @action-validator/cli, offline; ci/setup installs
# it), and the points docs/ci.md promises: upload-sarif v4, the fork guard,
# the permissions, the cache, a timeout, concurrency, only GitHub's own
# actions, no placeholder address, the shard matrix and its merge job.  Also the recipe's shell syntax.
# Usage: workflow.sh SRC_DIR VALIDATOR
set -u
src=$1
validator=$2
wf=$src/ci/github-workflow.yml
. "$(dirname "$0")/../lib.sh"
need() { if grep -Eq -- "$1" "$wf"; then ok; else fail "workflow lacks /$1/"; fi; }

if [ -x "$validator" ]; then
	if "$validator" "$wf"; then ok; else fail "action-validator rejects $wf"; fi
	# The validator itself must reject a broken workflow.
	tmp=$(mktemp -d)
	sed 's/timeout-minutes: 240/timeout-minutes: forever/' "$wf" >"$tmp/broken.yml"
	if "$validator" "$tmp/broken.yml" >/dev/null 2>&1; then fail "action-validator accepts a broken workflow"; else ok; fi
	rm -rf "$tmp"
else
	echo "SKIPPED: no @action-validator/cli at $validator (ci/setup installs it)"
	exit 77
fi

need 'uses: github/codeql-action/upload-sarif@v4$'
need '^  security-events: write'
need '^  actions: read'
need '^  contents: read'
need 'github.event.pull_request.head.repo.full_name == github.repository'
need 'uses: actions/cache/restore@v4$'
need 'uses: actions/cache/save@v4$'
need '^    timeout-minutes: [0-9]+$'
need '^concurrency:$'
need 'ci-recipe.sh'
need '--for-upload|xlatcheck-upload.sarif'
# The whole tree fanned out: a matrix over shards, a merge job after them.
need '^        shard: \[1, 2, 3, 4\]$'
need '--shard "\$\{\{ matrix.shard \}\}/\$SHARDS"'
need '^    needs: shard$'
need 'uses: actions/download-artifact@v4$'
if grep -Eq 'v3$' "$wf"; then fail "an action at v3"; else ok; fi
# Only GitHub's own actions.
others=$(grep -Eo 'uses: [^ ]+' "$wf" | grep -Ev 'uses: (actions|github)/' || true)
if [ -n "$others" ]; then fail "third-party actions: $others"; else ok; fi
# No placeholder address anywhere in what users copy or read.
for f in "$wf" "$src/ci/ci-recipe.sh" "$src/README.md" "$src"/docs/*.md "$src/docs/xlatcheck.1"; do
	if grep -n 'github.com/xlatcheck\|example\.com\|XLATCHECK_REPO: xlatcheck/' "$f"; then
		fail "placeholder address in $f"
	else ok; fi
done
if sh -n "$src/ci/ci-recipe.sh"; then ok; else fail "ci-recipe.sh: syntax"; fi

summary workflow
