#!/bin/sh
# The link on hand-written summaries documents (docs/summaries.md, format
# 2), one directory per case under cases/: its *.json documents, with
# @DIR@ standing for the case's directory and @VERSION@ for this binary's
# version, and either
#   expected.txt  the text report of `xlatcheck link` (run in the case's
#                 directory, so paths are relative), exit status 1 or 0, or
#   expected.err  the one error line (exit status 2, nothing on stdout);
#                 @WORK@ stands for the directory the documents are in.
# A case with a sarif.c also checks that C file first (--sarif-dir) and
# gives that per-TU SARIF to the link: what the TU reported is not
# repeated.  Every case runs twice: the SARIF must be byte-equal.
# usage: link.sh XLATCHECK WORKDIR CASESDIR INCLUDEDIR [CASE...]
set -u
xc=$1 work=$2 cases=$(cd "$3" && pwd) || exit 1
include=$4
shift 4
version=$("$xc" --version | awk '{print $2}')
rm -rf "$work" && mkdir -p "$work" || exit 1
fail=0
bad() { echo "FAIL: $1: $2"; fail=1; }

run_case() {
	name=$1 dir=$cases/$1 w=$work/$1
	mkdir -p "$w/docs" "$w/out"
	# A truncated a.json is cut in its template, at a byte count that does
	# not depend on where the checkout is.
	for f in "$dir"/*.json; do
		if [ "${f##*/}" = a.json ] && [ -f "$dir/truncate" ]; then
			head -c "$(cat "$dir/truncate")" "$f"
		else
			cat "$f"
		fi | sed "s|@DIR@|$dir|g; s|@VERSION@|$version|g" >"$w/docs/${f##*/}"
	done
	set --
	if [ -f "$dir/sarif.c" ]; then
		(cd "$dir" && "$xc" -q --fail-on never --sarif-dir "$w/sarif" sarif.c -- -m32 -std=gnu11 -nostdinc -D__KERNEL__ -DCONFIG_X86 \
			-DCONFIG_X86_32 -DCONFIG_SMP -DCONFIG_MMU -DCONFIG_FLATMEM "-I$include") >"$w/out/per-tu.txt" ||
			{ bad "$name" "the per-TU run failed"; return; }
		set -- "$w/sarif"
	fi
	(cd "$dir" && "$xc" link -q --color never --format text --summaries "$w/docs" "$@") \
		>"$w/out/stdout" 2>"$w/out/stderr"
	rc=$?
	if [ -f "$dir/expected.err" ]; then
		sed "s|@WORK@|$w/docs|g; s|@VERSION@|$version|g" "$dir/expected.err" >"$w/out/want.err"
		[ $rc -eq 2 ] || bad "$name" "exit $rc, want 2"
		[ -s "$w/out/stdout" ] && bad "$name" "a report was written: $(head -1 "$w/out/stdout")"
		# Where in a truncated line the text ends depends on the paths in it.
		sed "s/line [0-9]*, column [0-9]*/line L, column C/" "$w/out/stderr" >"$w/out/got.err"
		cmp -s "$w/out/want.err" "$w/out/got.err" ||
			bad "$name" "stderr differs: $(cat "$w/out/stderr")"
		return
	fi
	want_rc=0
	[ -s "$dir/expected.txt" ] && want_rc=1
	[ $rc -eq $want_rc ] || bad "$name" "exit $rc, want $want_rc: $(cat "$w/out/stderr")"
	diff -u "$dir/expected.txt" "$w/out/stdout" >"$w/out/diff" ||
		bad "$name" "report differs:
$(cat "$w/out/diff")"
	for i in 1 2; do
		(cd "$dir" && "$xc" link -q --summaries "$w/docs" -o "$w/out/run$i.sarif" "$@") 2>/dev/null
	done
	cmp -s "$w/out/run1.sarif" "$w/out/run2.sarif" || bad "$name" "two runs differ"
	[ -s "$w/out/run1.sarif" ] || bad "$name" "no SARIF written"
}

if [ $# -eq 0 ]; then
	set -- $(cd "$cases" && ls)
fi
for c in "$@"; do
	run_case "$c"
done
[ $fail -eq 0 ] && echo "link: $# cases passed"
exit $fail
