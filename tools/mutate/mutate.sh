#!/bin/sh
# mutate.sh: the mutation check.  Seeds one small bug at a time (the list is
# mutants.txt beside this script) into a scratch copy of the tree, rebuilds
# it incrementally, runs the fast test suites, and prints which mutants the
# tests killed, which survived, and the mutation score.  A test suite that
# lets a plausible bug through is a gap to fill; see docs in mutants.txt.
#
#   mutate.sh [-j N] [--keep] [--scratch DIR] [--min-score PCT] [ID...]
#       run every mutant (or the IDs given); exit 0 when the score reaches
#       PCT (default 90) and every mutant still applies, 1 otherwise,
#       2 on a setup error (the unmutated tree must build and pass)
#   mutate.sh [--list FILE] --check
#       only check that mutants.txt is well formed and that every mutant's
#       original text occurs exactly once in the current source (CTest
#       unit/mutants runs this, so the list is kept working as code moves)
#
# It writes only into the scratch directory it makes (mktemp -d), or into
# one a previous run made and --keep left (it holds .xlatcheck-mutate).
# POSIX sh, awk, cmp, tar; git when the tree is a git checkout.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
list="$here/mutants.txt"
tab=$(printf '\t')
jobs=2
keep=0
scratch=
min_score=90
mode=run
stages=" frontend report fingerprint sarif suppressions baseline merge exit-codes text macro-index evaluator guards summaries "

usage() {
	echo "usage: $0 [-j N] [--keep] [--scratch DIR] [--min-score PCT] [ID...]" >&2
	echo "       $0 [--list FILE] --check" >&2
	exit 2
}

while [ $# -gt 0 ]; do
	case $1 in
	-j) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
	--keep) keep=1; shift ;;
	--scratch) [ $# -ge 2 ] || usage; scratch=$2; keep=1; shift 2 ;;
	--min-score) [ $# -ge 2 ] || usage; min_score=$2; shift 2 ;;
	--check) mode=check; shift ;;
	--list) [ $# -ge 2 ] || usage; list=$2; shift 2 ;;
	-h | --help) usage ;;
	-*) usage ;;
	*) break ;;
	esac
done

# The mutants, one per line: id, stage, file, original, replacement, what.
records() {
	awk -F'\t' '!/^#/ && NF' "$list"
}

# occurrences FILE: how often $XC_ORIG occurs in FILE (non-overlapping).
# apply FILE: FILE's text with its occurrence of $XC_ORIG replaced by
# $XC_REPL, on stdout.  ENVIRON keeps backslashes literal.
occurrences() {
	awk '{ t = t $0 "\n" }
	END {
		o = ENVIRON["XC_ORIG"]; n = 0
		while ((i = index(t, o)) > 0) { n++; t = substr(t, i + length(o)) }
		print n
	}' "$1"
}
apply() {
	awk '{ t = t $0 "\n" }
	END {
		o = ENVIRON["XC_ORIG"]; i = index(t, o)
		printf "%s%s%s", substr(t, 1, i - 1), ENVIRON["XC_REPL"], substr(t, i + length(o))
	}' "$1"
}

# check_list SRC: prints one line per problem in the list against tree SRC.
check_list() {
	src=$1
	awk -F'\t' -v stages="$stages" -v name="$(basename "$list")" '
	/^#/ || !NF { next }
	{
		where = name ":" NR
		if (NF != 6) { printf "%s: %d fields, want 6 (tab-separated)\n", where, NF; next }
		for (i = 1; i <= 6; i++)
			if ($i == "") printf "%s: field %d is empty\n", where, i
		if ($1 !~ /^[a-z0-9-]+$/) printf "%s: bad id \"%s\"\n", where, $1
		if (seen[$1]++) printf "%s: duplicate id %s\n", where, $1
		s = $2; gsub(/ /, "-", s)
		if (index(stages, " " s " ") == 0) printf "%s: unknown stage \"%s\"\n", where, $2
		if ($4 == $5) printf "%s: %s: replacement equals the original\n", where, $1
		covered[s] = 1; n++
	}
	END {
		split(stages, all, " ")
		for (k in all) if (!(all[k] in covered)) printf "%s: no mutant for stage %s\n", name, all[k]
		if (n < 30) printf "%s: %d mutants, want at least 30\n", name, n
	}' "$list"
	records | while IFS="$tab" read -r id stage file orig repl what; do
		if [ ! -f "$src/$file" ]; then
			echo "$(basename "$list"): $id: no such file: $file"
			continue
		fi
		n=$(XC_ORIG=$orig occurrences "$src/$file")
		[ "$n" -eq 1 ] || echo "$(basename "$list"): $id: original text occurs $n times in $file, want once: $orig"
	done
}

if [ "$mode" = check ]; then
	problems=$(check_list "$root")
	if [ -n "$problems" ]; then
		printf '%s\n' "$problems"
		echo "mutate.sh --check: FAIL (re-target the mutants above)"
		exit 1
	fi
	echo "mutate.sh --check: $(records | grep -c .) mutants, all apply"
	exit 0
fi

# ---- the scratch tree ----
if [ -n "$scratch" ]; then
	[ -f "$scratch/.xlatcheck-mutate" ] || {
		echo "mutate.sh: $scratch was not made by mutate.sh (no .xlatcheck-mutate)" >&2
		exit 2
	}
else
	scratch=$(mktemp -d "${TMPDIR:-/tmp}/xlatcheck-mutate.XXXXXX") || exit 2
	: >"$scratch/.xlatcheck-mutate"
fi
src=$scratch/src build=$scratch/build logs=$scratch/logs
mkdir -p "$src" "$logs"
# An interrupted run puts back the file its mutant was applied to.
restore_applied() {
	if [ -f "$scratch/applied" ]; then
		cp "$scratch/original" "$(cat "$scratch/applied")"
		rm -f "$scratch/applied"
	fi
}
cleanup() { [ "$keep" -eq 1 ] || rm -rf "$scratch"; }
trap cleanup EXIT
trap 'restore_applied; exit 2' INT TERM

# The tracked and new files of the checkout (no build directories).  Only
# files that differ are copied, so a kept scratch build stays incremental.
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
	git -C "$root" ls-files --cached --others --exclude-standard
else
	(cd "$root" && find . -path './build*' -prune -o -path './.git' -prune -o -type f -print |
		sed 's|^\./||')
fi | while IFS= read -r f; do
	[ -f "$root/$f" ] || continue
	if ! cmp -s "$root/$f" "$src/$f"; then
		mkdir -p "$(dirname "$src/$f")" && cp "$root/$f" "$src/$f" # a new mtime: rebuilt
	fi
done

problems=$(check_list "$src")
start=$(date +%s)
echo "mutate.sh: scratch tree $scratch"
if ! { cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DXLATCHECK_REFERENCE=OFF &&
	cmake --build "$build" -j "$jobs"; } >"$logs/baseline.build" 2>&1; then
	tail -n 30 "$logs/baseline.build"
	echo "mutate.sh: the unmutated tree does not build" >&2
	exit 2
fi

# suite LOG: the fast suites; 0 when every test passes.  Two rounds, each
# stopping at the first failure: everything but the SARIF tests, then the
# SARIF tests, so most mutants die in seconds.  Left out: tests whose
# verdict a mutant cannot change (unit/mutants checks the text a mutant
# changes, unit/clang-format its layout, golden/parse runs only clang,
# report.dev-null-intact checks the machine, sarif/validator-rejects the
# validator).  The SARIF validator is not run here (XLATCHECK_TOOLS points
# at an empty directory, so its step skips): it costs seconds of CPU a file,
# and the golden SARIF snapshots pin every field byte for byte.  A test
# that times out kills the mutant (an endless loop is a bug) but is marked
# as such, so load can be told from a hang.
suite() {
	skip='^(unit/mutants|unit/clang-format|golden/parse|report.dev-null-intact|sarif/validator-rejects)$'
	mkdir -p "$scratch/no-tools"
	XLATCHECK_TOOLS=$scratch/no-tools ctest --test-dir "$build" -j "$jobs" --stop-on-failure \
		--timeout 300 -E "$skip" -LE 'kernel|reference|valgrind|bench|sarif' >"$1" 2>&1 &&
		XLATCHECK_TOOLS=$scratch/no-tools ctest --test-dir "$build" -j "$jobs" --stop-on-failure \
			--timeout 300 -E "$skip" -L sarif -LE 'kernel|reference|valgrind|bench' >>"$1" 2>&1
}
if ! suite "$logs/baseline.test"; then
	grep -E 'Failed|Timeout|Exception' "$logs/baseline.test" | head -n 20
	echo "mutate.sh: the fast suites fail on the unmutated tree" >&2
	exit 2
fi
echo "mutate.sh: baseline builds and passes ($(($(date +%s) - start))s)"

killed=0 survived=0 stale=0 invalid=0
survivors= stales= invalids=
result=$scratch/results
: >"$result"
records | while IFS="$tab" read -r id stage file orig repl what; do
	if [ $# -gt 0 ]; then
		want=0
		for w in "$@"; do [ "$w" = "$id" ] && want=1; done
		[ "$want" -eq 1 ] || continue
	fi
	t0=$(date +%s)
	n=0
	[ -f "$src/$file" ] && n=$(XC_ORIG=$orig occurrences "$src/$file")
	if [ "$n" -ne 1 ]; then
		echo "STALE    $id: original text occurs $n times in $file" | tee -a "$result"
		continue
	fi
	cp "$src/$file" "$scratch/original"
	printf '%s\n' "$src/$file" >"$scratch/applied"
	XC_ORIG=$orig XC_REPL=$repl apply "$scratch/original" >"$src/$file"
	if ! cmake --build "$build" -j "$jobs" >"$logs/$id.build" 2>&1; then
		echo "INVALID  $id: does not compile (log: $logs/$id.build)" | tee -a "$result"
	elif suite "$logs/$id.test"; then
		echo "SURVIVED $id [$stage] $what ($(($(date +%s) - t0))s)" | tee -a "$result"
	else
		by=$(sed -n 's/^.*Test *#[0-9]*: \([^ ]*\) [ .]*\*\*\*\(Failed\|Timeout\|Exception\)\(.*\)$/\1 (\2)/p' \
			"$logs/$id.test" | head -n 1)
		echo "KILLED   $id by ${by:-?} ($(($(date +%s) - t0))s)" | tee -a "$result"
	fi
	cp "$scratch/original" "$src/$file" # a new mtime: rebuilt next time
	rm -f "$scratch/applied"
done

# The unmutated tree again, so a kept scratch build is clean.
cmake --build "$build" -j "$jobs" >"$logs/restore.build" 2>&1

killed=$(grep -c '^KILLED' "$result")
survived=$(grep -c '^SURVIVED' "$result")
stale=$(grep -c '^STALE' "$result")
invalid=$(grep -c '^INVALID' "$result")
judged=$((killed + survived))
echo
echo "mutation score: $killed killed of $judged ($( [ "$judged" -gt 0 ] && echo $((100 * killed / judged)) || echo 0)%)," \
	"$stale stale, $invalid invalid, in $(($(date +%s) - start))s"
if [ "$survived" -gt 0 ]; then
	echo "survivors:"
	grep '^SURVIVED' "$result" | sed 's/^SURVIVED /  /'
fi
[ -z "$problems" ] || { echo "list problems:"; printf '%s\n' "$problems"; }
[ "$keep" -eq 1 ] && echo "scratch tree kept: $scratch (reuse it with --scratch)"
status=0
[ "$stale" -eq 0 ] && [ "$invalid" -eq 0 ] || status=1
[ "$judged" -gt 0 ] && [ $((100 * killed)) -ge $((min_score * judged)) ] || status=1
exit $status
