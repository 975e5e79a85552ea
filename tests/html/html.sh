#!/bin/sh
# `xlatcheck html` in a real browser: Debian's chromium, headless, loads the
# pages from file:// and the checks read the DOM it dumps (after parsing and
# after the index's filter script ran), not only the HTML text.
#
#   html.sh reference XLATCHECK WORK SRC BUILD   the reference kernel's
#       bug-fixmap-pa report: the path from per_cpu() in desc.h to
#       __set_fixmap() in cpu.c, every step in order
#   html.sh multi XLATCHECK WORK SRC             a path across three files,
#       escaping, filters, baseline states, suppression, --srcroot and a
#       missing source
#
# Without chromium the test FAILS (ci/setup installs it, ci/packages.txt):
# only XLATCHECK_NO_BROWSER=1, set by hand, turns that into a skip (77).
# XLATCHECK_CHROMIUM=PATH names another browser binary.
set -u
mode=$1 xc=$2 work=$3 src=$4 build=${5:-}
. "$(dirname "$0")/../lib.sh"

browser=${XLATCHECK_CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$browser" ] || ! [ -x "$browser" ]; then
	if [ "${XLATCHECK_NO_BROWSER:-}" = 1 ]; then
		echo "SKIP: no chromium and XLATCHECK_NO_BROWSER=1"
		exit 77
	fi
	echo "FAIL: chromium not found: install it (ci/setup does; it is in ci/packages.txt)"
	exit 1
fi

rm -rf "$work" && mkdir -p "$work/home" || exit 2

# dump PAGE[#FRAGMENT] OUT: the DOM chromium rendered, and a text view of
# it: [[file F]] per code hunk, [[step N]] per step box, every other tag
# dropped and entities decoded, so the checks read what a user sees.
dump() {
	HOME="$work/home" XDG_CONFIG_HOME="$work/home" XDG_CACHE_HOME="$work/home" TMPDIR="$work/home" \
		timeout 20 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
		--user-data-dir="$work/home/profile" --dump-dom "file://$1" >"$2" 2>"$2.err"
	st=$?
	if [ "$st" -ne 0 ] || ! grep -q '</html>' "$2"; then
		fail "chromium did not render $1 (exit $st)"
		tail -5 "$2.err"
		return 1
	fi
	tr '\n' ' ' <"$2" |
		sed -e 's/<section[^>]*data-file="\([^"]*\)"[^>]*>/\n[[file \1]] /g' \
		    -e 's/<div[^>]*data-step="\([0-9]*\)"[^>]*>/\n[[step \1]] /g' \
		    -e 's/<[^>]*>//g' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' \
		    -e "s/&#39;/'/g" -e 's/&amp;/\&/g' >"$2.txt"
}

# in_order FILE NEEDLE...: each needle occurs in FILE after the previous one.
in_order() {
	file=$1
	shift
	tr '\n' ' ' <"$file" | awk -v n="$#" -v needles="$(printf '%s\001' "$@")" '
		BEGIN { split(needles, want, "\001") }
		{ text = text $0 }
		END {
			for (i = 1; i <= n; i++) {
				at = index(text, want[i])
				if (!at) { print "missing, or out of order: " want[i]; exit 1 }
				text = substr(text, at + length(want[i]))
			}
		}' || { fail "$file: steps not in order"; return 1; }
}

has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }
lacks() { ! grep -qF -- "$2" "$1" || fail "$1 has: $2"; }

# Every page: self-contained (no src= at all, links only between its own
# pages) and carrying its CSS.
self_contained() {
	for page in "$1"/*.html; do
		grep -qE "<[a-zA-Z][^>]* src=" "$page" && fail "$page loads something (src=)"
		lacks "$page" "<link"
		grep -o 'href="[^"]*"' "$page" | grep -vqE '^href="(index|finding-[0-9]+)\.html"$' &&
			fail "$page links outside the report"
		has "$page" "<style>"
	done
}

# The row count the index's script reports, e.g. "3 shown".
shown() {
	grep -qE "id=\"shown\">$2 shown<" "$1" || fail "$1: expected '$2 shown'"
}

run_reference() {
	cd "$src" || exit 2
	"$xc" -q -p "$build/reference/bug-fixmap-pa" --fail-on never --sarif "$work/ref.sarif" \
		reference/ >"$work/ref.txt" 2>&1 || { fail "xlatcheck on reference/"; cat "$work/ref.txt"; }
	"$xc" html -o "$work/ref" "$work/ref.sarif" >"$work/html.txt" 2>&1 ||
		{ fail "xlatcheck html"; cat "$work/html.txt"; }
	[ -s "$work/html.txt" ] && fail "html printed something: $(cat "$work/html.txt")"
	self_contained "$work/ref"
	dump "$work/ref/index.html#rule=percpu-to-linear" "$work/index.dom" || return
	page=$(grep -o '<tr class="finding"[^>]*data-rule="percpu-to-linear"[^>]*>[^<]*<td><a href="finding-[0-9]*\.html"' "$work/index.dom" |
		grep -o 'finding-[0-9]*\.html' | head -1)
	[ -n "$page" ] || { fail "no percpu-to-linear row in the index"; return; }
	shown "$work/index.dom" "$(grep -c 'data-rule="percpu-to-linear"' "$work/index.dom")"
	dump "$work/ref/$page" "$work/page.dom" || return
	in_order "$work/page.dom.txt" \
		"[[file reference/include/desc.h]]" "per_cpu(gdt_page, cpu)" \
		"[[step 1]] 1per_cpu() names a CPU's copy in its percpu area" \
		"[[step 2]] 2returned from get_cpu_gdt_rw()" \
		"[[file reference/kernel/cpu.c]]" "__set_fixmap(get_cpu_gdt_ro_index(cpu), __pa(get_cpu_gdt_rw(cpu))" \
		"[[step 3]] 3get_cpu_gdt_rw() returns it" \
		"[[step 4]] 4reaches __pa()" \
		"[[step 5]] 5the result is mapped by __set_fixmap()"
	[ "$(grep -c '^\[\[step ' "$work/page.dom.txt")" -eq 5 ] || fail "not exactly 5 steps"
	has "$work/page.dom.txt" "use per_cpu_ptr_to_phys()"
	has "$work/page.dom.txt" "The whole page: xlatcheck --explain percpu-to-linear"
}

# A tree of its own, so sources can be moved and removed.
make_tree() {
	mkdir -p "$1/include" && cp "$src/tests/html/cases/multi.c" "$1/" &&
		cp "$src/tests/html/cases/include/"*.h "$1/include/" || exit 2
	cat >"$1/old.c" <<'C'
#include "buf.h"
#include "phys.h"
unsigned long old_phys(void) { return __pa(vmalloc(64)); }
C
	cat >"$1/quiet.c" <<'C'
#include "buf.h"
#include "phys.h"
unsigned long quiet_phys(void)
{
	return __pa(vmalloc(64)); /* xlatcheck: ignore[vmalloc-to-linear] reviewed in the test */
}
C
}

check_multi_page() {
	in_order "$1.txt" \
		"[[file include/buf.h]]" "return vmalloc(n < 4096 && n ? n : 4096);" \
		"[[step 1]] 1vmalloc() returns vmalloc memory" "[[step 2]] 2returned from get_buf()" \
		"[[file multi.c]]" '/* <b>not bold</b> & "quoted" '"'single' */" \
		"[[step 3]] 3get_buf() returns it" "[[step 4]] 4assigned to 'b'" \
		"[[step 5]] 5passed to buf_to_phys() as argument 1" \
		"[[file include/phys.h]]" "static inline unsigned long buf_to_phys(void *p)" \
		"[[step 6]] 6arrives in buf_to_phys() as parameter 'p'" "return __pa(p);" \
		"[[step 7]] 7<img src=x onerror=alert(1)><script>document.body.dataset.pwned=1</script> reaches __pa()"
	# The markup in the source and in the message stayed text.
	lacks "$1" "<b>"
	lacks "$1" "<img"
	lacks "$1" "pwned=\"1\""
	has "$1" "&lt;script&gt;document.body"
}

run_multi() {
	tree=$work/tree
	make_tree "$tree"
	cd "$work" || exit 2
	flags="-I$tree/include"
	"$xc" -q --fail-on never --srcroot "$tree" --sarif "$work/old.sarif" "$tree/old.c" -- "$flags" \
		>"$work/old.txt" 2>&1 ||
		fail "xlatcheck old.c"
	"$xc" -q --fail-on never --srcroot "$tree" --baseline "$work/old.sarif" --sarif "$work/all.sarif" \
		"$tree/multi.c" "$tree/old.c" "$tree/quiet.c" -- "$flags" >"$work/all.txt" 2>&1 || fail "xlatcheck all"
	# A message with markup in it, as a hostile or broken log could have.
	sed 's|"text": "reaches __pa()"|"text": "<img src=x onerror=alert(1)><script>document.body.dataset.pwned=1</script> reaches __pa()"|' \
		"$work/all.sarif" >"$work/evil.sarif"
	grep -q '<script>' "$work/evil.sarif" || fail "the test did not plant its markup"
	"$xc" html -q -o "$work/h" "$work/evil.sarif" || fail "xlatcheck html"
	self_contained "$work/h"

	page=$(grep -o 'data-file="multi.c"[^>]*><td><a href="finding-[0-9]*\.html"' "$work/h/index.html" |
		grep -o 'finding-[0-9]*\.html')
	[ -n "$page" ] || { fail "no multi.c row"; return; }
	dump "$work/h/$page" "$work/multi.dom" && check_multi_page "$work/multi.dom"

	# Filters, from the URL fragment: new (multi.c, quiet.c) and suppressed.
	dump "$work/h/index.html#state=new" "$work/new.dom" || return
	grep -c '<tr class="finding"' "$work/new.dom" | grep -qx 3 || fail "the index has not 3 rows"
	shown "$work/new.dom" 2
	grep -q '<tr class="finding"[^>]*data-file="old.c"[^>]*hidden' "$work/new.dom" ||
		fail "#state=new did not hide old.c (unchanged)"
	has "$work/new.dom" 'data-file="old.c" data-state="unchanged" data-suppressed="no" hidden=""'
	has "$work/new.dom" 'data-file="multi.c" data-state="new" data-suppressed="no">'
	dump "$work/h/index.html#suppressed=yes&rule=vmalloc-to-linear" "$work/supp.dom" || return
	shown "$work/supp.dom" 1
	has "$work/supp.dom" 'data-file="quiet.c" data-state="new" data-suppressed="yes">'

	# The tree moved: --srcroot finds it; without it, notices, not a failure.
	mv "$tree" "$work/moved"
	"$xc" html -o "$work/h2" --srcroot "$work/moved" "$work/all.sarif" 2>"$work/h2.err" ||
		fail "html --srcroot"
	[ -s "$work/h2.err" ] && fail "html --srcroot warned: $(cat "$work/h2.err")"
	has "$work/h2/$page" "#define PAGE_OFFSET 0xC0000000UL"
	"$xc" html -o "$work/h3" "$work/all.sarif" 2>"$work/h3.err" || fail "html, sources gone"
	has "$work/h3.err" "warning: source not readable, its steps are shown without code: $tree/multi.c"
	has "$work/h3/$page" "The source is not readable here"
	has "$work/h3/$page" 'data-step="7"'

	# Bad use: one line each, exit 2.
	"$xc" html "$work/all.sarif" >"$work/bad1.txt" 2>&1 && fail "html without -o succeeded"
	has "$work/bad1.txt" "xlatcheck: error: html needs -o DIR and at least one SARIF file: no -o DIR"
	echo '{"version":"2.1.0"}' >"$work/bad.sarif"
	"$xc" html -o "$work/h4" "$work/bad.sarif" >"$work/bad2.txt" 2>&1
	[ $? -eq 2 ] || fail "html on a broken log did not exit 2"
	[ "$(wc -l <"$work/bad2.txt")" -eq 1 ] || fail "not one line: $(cat "$work/bad2.txt")"
	has "$work/bad2.txt" "$work/bad.sarif"
}

case $mode in
reference) run_reference ;;
multi) run_multi ;;
*) echo "usage: html.sh reference|multi XLATCHECK WORK SRC [BUILD]" >&2; exit 2 ;;
esac
[ "$fails" -eq 0 ] && echo "PASS: html $mode"
[ "$fails" -eq 0 ]
