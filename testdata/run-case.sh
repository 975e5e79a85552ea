#!/bin/sh
# run-case.sh: run xlatcheck on golden cases and compare its findings with
# the expectations written in each case file (see testdata/README.md).
#
#   run-case.sh [-x XLATCHECK] [-v] CASE.c...     check cases (exit 0: all pass)
#   run-case.sh [-x XLATCHECK] [-v] CASE_DIR...     a case of several .c files
#                                                 checked together (one run)
#   run-case.sh --print-flags CASE.c              the compiler flags of a case,
#                                                 one per line
#   run-case.sh --syntax-only [-c CLANG] CASE.c...  only parse each case with
#                                                 clang and the same flags
#
# Exit status: 0 all cases pass, 1 some case failed, 2 usage or setup error.
# POSIX sh, awk, grep, sort and comm only.
set -u

here=$(cd "$(dirname "$0")" && pwd)
include_dir="$here/include"

# The flags every case is checked with: an i386 (-m32) SMP kernel build
# without the C library, as Kbuild compiles it.  A case adds its own with
# "check-flags:".  Later flags win, so a case may also -U one of these.
default_flags="-m32 -std=gnu11 -nostdinc -D__KERNEL__ -DCONFIG_X86 -DCONFIG_X86_32 -DCONFIG_SMP -DCONFIG_MMU -DCONFIG_FLATMEM -I$include_dir"

# The rule ids a case may expect.
known_rules=" percpu-to-linear vmalloc-to-linear vmap-to-linear module-to-linear stack-to-linear kvmalloc-to-linear ioremap-to-linear fixmap-to-linear user-to-linear dma-coherent-to-linear highmem-to-linear vmemmap-to-linear "

xlatcheck=${XLATCHECK:-"$here/../build/bin/xlatcheck"}
clang=${CLANG:-}
mode=check
verbose=0

usage() {
	echo "usage: $0 [-x XLATCHECK] [-v] CASE.c..." >&2
	echo "       $0 --print-flags CASE.c" >&2
	echo "       $0 --syntax-only [-c CLANG] CASE.c..." >&2
	exit 2
}

while [ $# -gt 0 ]; do
	case $1 in
	-x) [ $# -ge 2 ] || usage; xlatcheck=$2; shift 2 ;;
	-c) [ $# -ge 2 ] || usage; clang=$2; shift 2 ;;
	-v) verbose=1; shift ;;
	--print-flags) mode=flags; shift ;;
	--syntax-only) mode=syntax; shift ;;
	--) shift; break ;;
	-*) usage ;;
	*) break ;;
	esac
done
[ $# -ge 1 ] || usage

# The case's own flags: the text after every "check-flags:" directive.
case_flags() {
	awk '
	{
		s = $0
		while (match(s, /(\/\*|\/\/)[ \t]*check-flags[ \t]*:/)) {
			s = substr(s, RSTART + RLENGTH)
			v = s
			e = index(v, "*/")
			if (e > 0) v = substr(v, 1, e - 1)
			printf "%s ", v
		}
	}' "$1"
}

# The check-flags: of a case file, or of every .c file of a case directory.
case_flags_all() {
	for f in $(case_files "$1"); do
		case_flags "$f"
	done
}

# The files of a case: itself, or a case directory's .c files, sorted.
case_files() {
	if [ -d "$1" ]; then
		LC_ALL=C ls "$1"/*.c
	else
		printf '%s\n' "$1"
	fi
}

# Prints the flags one per line.
print_flags() {
	# shellcheck disable=SC2086 # word splitting is intended
	for f in $default_flags $(case_flags_all "$1"); do
		printf '%s\n' "$f"
	done
}

# Reads the directives of a case file.  Output lines (tab-separated):
#   E <line> <rule> <col>  a finding is expected (<col> empty: any column)
#   N <line> <text>        expect-note
#   T <line> <text>        expect-text
#   B <line> <text>        a line of the expect-output block
#   O <line>               an expect-output block starts (it may be empty)
#   X <line> <message>     malformed directive
parse_expectations() {
	awk -v known="$known_rules" '
	function trim(x) { sub(/^[ \t]+/, "", x); sub(/[ \t]+$/, "", x); return x }
	inblock {
		e = index($0, "*/")
		v = (e > 0) ? substr($0, 1, e - 1) : $0
		sub(/^[ \t]+/, "", v)
		if (e == 0 || trim(v) != "")
			printf "B\t%d\t%s\n", NR, v
		if (e > 0) inblock = 0
		next
	}
	{
		s = $0
		while (match(s, /(\/\*|\/\/)[ \t]*(expect|check)[a-z-]*[ \t]*:/)) {
			d = substr(s, RSTART, RLENGTH)
			s = substr(s, RSTART + RLENGTH)
			sub(/^(\/\*|\/\/)[ \t]*/, "", d)
			sub(/[ \t]*:$/, "", d)
			v = s
			e = index(v, "*/")
			if (e > 0) v = substr(v, 1, e - 1)
			v = trim(v)
			if (d == "expect") {
				n = split(v, ids, /[ \t]*,[ \t]*/)
				if (n == 0 || v == "")
					printf "X\t%d\tempty expect:\n", NR
				for (i = 1; i <= n; i++) {
					id = trim(ids[i])
					if (id == "") continue
					col = ""
					if (index(id, "@") > 0) {
						col = substr(id, index(id, "@") + 1)
						id = substr(id, 1, index(id, "@") - 1)
						if (col !~ /^[1-9][0-9]*$/) {
							printf "X\t%d\tbad column \"@%s\" (want RULE@COLUMN)\n", NR, col
							continue
						}
					}
					if (index(known, " " id " ") == 0)
						printf "X\t%d\tunknown rule id \"%s\"\n", NR, id
					else
						printf "E\t%d\t%s\t%s\n", NR, id, col
				}
			} else if (d == "expect-note") {
				if (v == "") printf "X\t%d\tempty expect-note:\n", NR
				else printf "N\t%d\t%s\n", NR, v
			} else if (d == "expect-text") {
				if (v == "") printf "X\t%d\tempty expect-text:\n", NR
				else printf "T\t%d\t%s\n", NR, v
			} else if (d == "expect-output") {
				if (blocks++) printf "X\t%d\tsecond expect-output: block\n", NR
				printf "O\t%d\n", NR
				if (v != "") printf "X\t%d\texpect-output: starts its block on the next line\n", NR
				if (e == 0) { inblock = 1; next }
			} else if (d != "check-flags") {
				printf "X\t%d\tunknown directive \"%s:\"\n", NR, d
			}
		}
	}
	END { if (inblock) printf "X\t%d\texpect-output: block has no closing */\n", NR }' "$1"
}

# Reads xlatcheck's stdout.  Output lines (tab-separated):
#   W <file> <line> <rule> <message> <column>   a warning (finding)
#   O <file> <line> <text>             a note of the preceding warning
#   D <text>                           an error diagnostic
parse_output() {
	awk '
	{
		if (match($0, /:[0-9]+:[0-9]+: warning: /)) {
			file = substr($0, 1, RSTART - 1)
			rest = substr($0, RSTART + 1)
			split(rest, a, ":")
			msg = substr($0, RSTART + RLENGTH)
			if (match(msg, / ?\[xlatcheck:[^]]*\]$/)) {
				rule = substr(msg, RSTART, RLENGTH)
				msg = substr(msg, 1, RSTART - 1)
				sub(/^ ?\[xlatcheck:/, "", rule)
				sub(/\]$/, "", rule)
				printf "W\t%s\t%d\t%s\t%s\t%d\n", file, a[1], rule, msg, a[2]
				inwarn = 1
			} else {
				inwarn = 0	# a compiler warning, not a finding
			}
		} else if (match($0, /:[0-9]+:[0-9]+: note: /)) {
			if (inwarn)
				printf "O\t%s\t%d\t%s\n", wfile, wline, substr($0, RSTART + RLENGTH)
			next
		} else if ($0 ~ /(^|: )(fatal )?error: /) {
			printf "D\t%s\n", $0
			inwarn = 0
		}
		if (inwarn) { wfile = file; wline = a[1] }
	}'
}

# match_findings EXPECTED ACTUAL CASE: prints "  - CASE:LINE[:COL]: RULE" for
# each expected finding not reported and "  + CASE:LINE: RULE (column C)" for
# each reported one not expected.  Both files hold line<TAB>rule<TAB>col.
match_findings() {
	awk -F'\t' -v c="$3" -v act="$2" '
	BEGIN {
		while ((getline l < act) > 0) {
			split(l, a, "\t")
			na++; aline[na] = a[1]; arule[na] = a[2]; acol[na] = a[3]
		}
	}
	{ ne++; eline[ne] = $1; erule[ne] = $2; ecol[ne] = $3; want[$1 "\t" $2] = 1 }
	function take(i, pinned,   j) {
		for (j = 1; j <= na; j++)
			if (!used[j] && aline[j] == eline[i] && arule[j] == erule[i] &&
			    (!pinned || acol[j] == ecol[i])) {
				used[j] = 1
				return 1
			}
		return 0
	}
	END {
		for (i = 1; i <= ne; i++)
			if (ecol[i] != "" && !take(i, 1))
				printf "  - %s:%s:%s: %s\n", c, eline[i], ecol[i], erule[i]
		for (i = 1; i <= ne; i++)
			if (ecol[i] == "" && !take(i, 0))
				printf "  - %s:%s: %s\n", c, eline[i], erule[i]
		for (j = 1; j <= na; j++)
			if (!used[j])
				printf "  + %s:%s: %s  (column %s)%s\n", c, aline[j], arule[j], acol[j],
				       ((aline[j] "\t" arule[j]) in want) ? "  (duplicate)" : ""
	}' "$1"
}

# normalise_output CASE_PATH CASE_NAME: stdin to stdout with every CASE_PATH
# written as CASE_NAME and testdata/include/ as include/.
normalise_output() {
	awk -v p="$1" -v n="$2" -v inc="$include_dir/" '
	function repl(s, from, to,   out, i) {
		out = ""
		while ((i = index(s, from)) > 0) {
			out = out substr(s, 1, i - 1) to
			s = substr(s, i + length(from))
		}
		return out s
	}
	{ print repl(repl($0, p, n), inc, "include/") }'
}

fail_msg() {
	failed=1
	printf '  %s\n' "$*"
}

# Checks one case; returns 0 if it passes.
check_case() {
	case_path=$1
	case_name=$(basename "$case_path")
	[ -f "$case_path" ] || [ -d "$case_path" ] || { echo "FAIL $case_name: no such file" ; return 1; }
	# A case directory: its files are checked in one run, and an
	# expectation's line (and a finding's) is FILE:LINE.
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/xc-golden.XXXXXX") || return 1
	multi=0
	[ -d "$case_path" ] && multi=1
	bases=" "
	for f in $(case_files "$case_path"); do bases="$bases$(basename "$f") "; done
	failed=0

	for f in $(case_files "$case_path"); do
		parse_expectations "$f" | awk -F'\t' -v OFS='\t' -v m="$multi" -v b="$(basename "$f")" '
		m && $1 == "O" { print "X", b ":" $2, "expect-output: is for one-file cases"; next }
		m && $1 != "X" { $2 = b ":" $2 } { print }'
	done > "$tmp/directives"
	# Expected findings: a multiset of (line, rule, column or empty).
	awk -F'\t' '$1 == "E" { print $2 "\t" $3 "\t" $4 }' "$tmp/directives" |
		LC_ALL=C sort > "$tmp/expected"

	# shellcheck disable=SC2046 # word splitting of the flags is intended
	"$xlatcheck" $(case_files "$case_path") -- $(print_flags "$case_path") \
		> "$tmp/stdout" 2> "$tmp/stderr"
	rc=$?
	parse_output < "$tmp/stdout" > "$tmp/parsed"

	# Findings in the case file (a multiset: a duplicate is an extra
	# finding) and findings anywhere else (always unexpected).
	awk -F'\t' -v bases="$bases" -v m="$multi" '
	$1 == "W" {
		f = $2; sub(/.*\//, "", f)
		if (index(bases, " " f " ")) print (m ? f ":" : "") $3 "\t" $4 "\t" $6 > "'"$tmp/actual"'"
		else print $2 ":" $3 ": " $4 "  (" $5 ")" > "'"$tmp/elsewhere"'"
	}' "$tmp/parsed"
	touch "$tmp/actual" "$tmp/elsewhere"
	LC_ALL=C sort "$tmp/actual" -o "$tmp/actual"

	# Malformed directives.
	awk -F'\t' '$1 == "X" { print "line " $2 ": " $3 }' "$tmp/directives" > "$tmp/bad"
	if [ -s "$tmp/bad" ]; then
		failed=1
		echo "  malformed expectations in $case_name:"
		sed 's/^/    /' "$tmp/bad"
	fi

	# Exit status: 0 iff nothing is expected, 1 iff something is.
	if [ -s "$tmp/expected" ]; then want_rc=1; else want_rc=0; fi
	if [ "$rc" -ne "$want_rc" ]; then
		fail_msg "exit status $rc, expected $want_rc"
	fi
	if [ -s "$tmp/stderr" ] && [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
		fail_msg "stderr: $(head -n 5 "$tmp/stderr")"
	fi
	{ awk -F'\t' '$1 == "D" { print $2 }' "$tmp/parsed"
	  grep -E '(^|: )(fatal )?error: ' "$tmp/stderr"; } > "$tmp/errors"
	if [ -s "$tmp/errors" ]; then
		fail_msg "error diagnostics (the case must parse cleanly):"
		sed 's/^/    /' "$tmp/errors" | head -n 10
	fi

	# Missing and unexpected findings, counted: a pinned expectation
	# (RULE@COL) takes a finding at that column first, then the others take
	# any finding of their rule on their line.
	match_findings "$tmp/expected" "$tmp/actual" "$case_name" > "$tmp/diff"
	if [ -s "$tmp/diff" ] || [ -s "$tmp/elsewhere" ]; then
		failed=1
		echo "  findings differ (- expected, not reported; + reported, not expected):"
		cat "$tmp/diff"
		sed 's/^/  + /; s/$/  (outside the case file)/' "$tmp/elsewhere"
	fi

	# expect-note / expect-text: some note (or, for expect-text, the warning
	# or a note) of a finding on that line of the case file contains TEXT.
	awk -F'\t' -v bases="$bases" -v m="$multi" -v p="$tmp/parsed" '
	BEGIN {
		while ((getline l < p) > 0) {
			split(l, a, "\t")
			f = a[2]; sub(/.*\//, "", f)
			if (!index(bases, " " f " ")) continue
			k = (m ? f ":" : "") a[3]
			if (a[1] == "W") { warn[k] = warn[k] "\n" a[5] }
			if (a[1] == "O") { note[k] = note[k] "\n" a[4] }
		}
	}
	$1 == "N" && index(note[$2], $3) == 0 {
		printf "  missing note on line %s containing \"%s\"\n", $2, $3
	}
	$1 == "T" && index(warn[$2] note[$2], $3) == 0 {
		printf "  no warning or note on line %s contains \"%s\"\n", $2, $3
	}' "$tmp/directives" > "$tmp/notes"
	if [ -s "$tmp/notes" ]; then
		failed=1
		cat "$tmp/notes"
	fi

	# expect-output: the whole stdout, with the case's path written as its
	# base name and testdata/include as include/.
	if grep -q '^O' "$tmp/directives"; then
		awk -F'\t' '$1 == "B" { print $3 }' "$tmp/directives" > "$tmp/want-output"
		normalise_output "$case_path" "$case_name" < "$tmp/stdout" > "$tmp/got-output"
		if ! cmp -s "$tmp/want-output" "$tmp/got-output"; then
			failed=1
			echo "  output differs from the expect-output: block (- expected, + reported):"
			diff -u "$tmp/want-output" "$tmp/got-output" | tail -n +3 | sed 's/^/  /'
		fi
	fi

	if [ "$failed" -ne 0 ] || [ "$verbose" -ne 0 ]; then
		echo "  command: $xlatcheck $(case_files "$case_path" | tr '\n' ' ')-- $(print_flags "$case_path" | tr '\n' ' ')"
		echo "  --- xlatcheck stdout (exit $rc) ---"
		sed 's/^/  | /' "$tmp/stdout"
		if [ -s "$tmp/stderr" ]; then
			echo "  --- stderr ---"
			sed 's/^/  | /' "$tmp/stderr" | head -n 40
		fi
	fi
	rm -rf "$tmp"
	if [ "$failed" -ne 0 ]; then
		echo "FAIL $case_name"
		return 1
	fi
	echo "PASS $case_name"
	return 0
}

case $mode in
flags)
	[ $# -eq 1 ] || usage
	print_flags "$1"
	exit 0
	;;
syntax)
	if [ -z "$clang" ]; then
		for c in clang-19 clang; do
			if command -v "$c" > /dev/null 2>&1; then clang=$c; break; fi
		done
	fi
	[ -n "$clang" ] || { echo "run-case.sh: no clang found (-c CLANG)" >&2; exit 2; }
	status=0
	for c in "$@"; do
		# shellcheck disable=SC2046
		if "$clang" -fsyntax-only $(print_flags "$c") "$c"; then
			echo "PASS $(basename "$c") (parses)"
		else
			echo "FAIL $(basename "$c") (does not parse)"
			status=1
		fi
	done
	exit $status
	;;
esac

if [ ! -x "$xlatcheck" ]; then
	echo "run-case.sh: xlatcheck not found or not executable: $xlatcheck (-x PATH)" >&2
	exit 2
fi
status=0
for c in "$@"; do
	check_case "$c" || status=1
done
exit $status
