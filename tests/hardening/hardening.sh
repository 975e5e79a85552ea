	tr -d ' \n' <merged.sarif >flat.json
	has flat.json "$want"
#!/bin/sh
# Hardening: each case is one finding of the adversarial pass (issue 15)
# that must stay fixed.  Usage: hardening.sh XLATCHECK TMPDIR SANITIZED CASE
# Big inputs are generated here (awk), never stored.  Everything is
# written below TMPDIR, which this script creates.
set -u
xc=$1
tmp=$2/$4
sanitized=$3
case=$4
. "$(dirname "$0")/../lib.sh"
fresh_dir "$tmp" || exit 2
cd "$tmp" || exit 2
# run WANT_STATUS CMD...: stdout in out.txt, stderr in err.txt
run() {
	want=$1
	shift
	"$@" >out.txt 2>err.txt
	got=$?
	[ "$got" -eq "$want" ] || { fail "exit $got, want $want: $*"; sed 's/^/    /' err.txt | head -20; }
}
has() { grep -Eq -- "$2" "$1" || { fail "$1 lacks /$2/"; sed 's/^/    /' "$1" | head -20; }; }
lacks() { ! grep -Eq -- "$2" "$1" || fail "$1 has /$2/"; }
# The memory a command may use: 1 GB of address space, except under ASan,
# whose shadow memory needs terabytes of it (there the time limit holds).
limited() {
	if [ "$sanitized" = 1 ]; then "$@"; else (ulimit -v 1048576 && exec "$@"); fi
}

cat >bug.c <<'C'
void *vmalloc(unsigned long size);
#define PAGE_OFFSET 0xC0000000UL
#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET)
unsigned long bug(void)
{
	void *buf = vmalloc(4096);
	return __pa(buf);
}
C
cp bug.c other.c
mkdir -p tree && cp bug.c tree/bug.c

# A SARIF log with one result per line of stdin: "URI LINE".
sarif_with_results() {
	awk 'BEGIN { printf "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"xlatcheck\",\"rules\":[{\"id\":\"vmalloc-to-linear\",\"shortDescription\":{\"text\":\"x\"}}]}},\"results\":[" }
	     { printf "%s{\"ruleId\":\"vmalloc-to-linear\",\"message\":{\"text\":\"m\"},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"%s\"},\"region\":{\"startLine\":%s}}}]}", (NR > 1 ? "," : ""), $1, $2 }
	     END { print "]}]}" }'
}

case $case in

# ---- outputs ---------------------------------------------------------------
summaries-planted-symlink)
	# A symlink planted at a name --summaries writes must not be followed.
	mkdir sum && echo precious >victim
	run 1 "$xc" -q --summaries sum bug.c
	for f in sum/*.json; do :; done
	rm -f sum/*.json && ln -s ../victim "$f"
	run 1 "$xc" -q --summaries sum bug.c
	[ "$(cat victim)" = precious ] || fail "the victim file was overwritten through a symlink"
	[ -f "$f" ] && [ ! -L "$f" ] || fail "the summaries file is not a regular file"
	ls -a sum | grep -q 'tmp' && fail "a temp file was left: $(ls -a sum)"
	;;
output-kinds)
	# A symlink is written through, a 0600 file stays 0600, a hard link
	# stays linked, a directory is refused with the reason.
	echo old >target && ln -s target link
	run 1 "$xc" -q -o link bug.c
	[ -L link ] || fail "-o symlink was replaced"
	grep -q 'warning: vmalloc' target || fail "-o symlink: target not written"
	echo old >private && chmod 600 private
	run 1 "$xc" -q --format sarif -o private bug.c
	[ "$(stat -c %a private)" = 600 ] || fail "a 0600 output became $(stat -c %a private)"
	echo old >a && ln a b
	run 1 "$xc" -q -o a bug.c
	[ "$(stat -c %i a)" = "$(stat -c %i b)" ] && grep -q warning b || fail "a hard link was split"
	mkdir adir
	run 2 "$xc" -q -o adir bug.c
	has err.txt '^xlatcheck: error: cannot write \(Is a directory\): adir$'
	;;
output-devices)
	# Devices and FIFOs are written in place and stay what they are.
	mkfifo fifo
	cat fifo >from-fifo &
	reader=$!
	run 1 "$xc" -q --sarif fifo bug.c
	wait $reader
	[ -p fifo ] || fail "the FIFO was replaced"
	grep -q '"version": "2.1.0"' from-fifo || fail "nothing came through the FIFO"
	run 1 "$xc" -q --sarif /dev/stdout bug.c
	grep -q '"version": "2.1.0"' out.txt || fail "--sarif /dev/stdout wrote nothing"
	run 1 "$xc" -q --sarif /proc/self/fd/1 bug.c
	grep -q '"version": "2.1.0"' out.txt || fail "--sarif /proc/self/fd/1 wrote nothing"
	if mknod null c 1 3 2>/dev/null; then
		run 1 "$xc" -q -o null bug.c
		[ -c null ] || fail "-o on a character device replaced it"
	fi
	;;
output-checked-first)
	# A bad output path is found before any TU is parsed, with strerror.
	for opt in -o --sarif; do
		# Missing directories are made (docs/guide.md); a file in the way is not.
		run 2 env XLATCHECK_TEST_CRASH=bug.c "$xc" -q $opt bug.c/x bug.c
		has err.txt "^xlatcheck: error: cannot create directory \(Not a directory\): bug.c$"
		lacks err.txt 'internal error'
	done
	run 2 env XLATCHECK_TEST_CRASH=bug.c "$xc" -q --sarif-dir bug.c bug.c
	has err.txt '^xlatcheck: error: cannot create directory \(Not a directory\): bug.c$'
	run 2 env XLATCHECK_TEST_CRASH=bug.c "$xc" -q --baseline no-such.sarif bug.c
	has err.txt '^xlatcheck: error: cannot read baseline \(No such file or directory\): no-such.sarif$'
	lacks err.txt 'internal error'
	;;
sarif-dir-names)
	# Dot-named and very long sources get a per-TU file merge reads.
	long=$(printf 'x%.0s' $(seq 1 240)).c
	cp bug.c .vmlinux.export.c && cp bug.c "$long" && mkdir sd
	run 1 "$xc" -q --sarif-dir sd .vmlinux.export.c
	run 1 "$xc" -q --sarif-dir sd "$long"
	[ "$(ls sd | grep -c '\.sarif$')" -eq 2 ] || fail "per-TU files: $(ls -a sd)"
	ls -a sd | grep -q '^\.[^.]' && fail "a per-TU file starts with a dot: $(ls -a sd)"
	run 1 "$xc" merge sd -o merged.sarif
	has merged.sarif 'vmlinux.export.c'
	has merged.sarif 'xxxxxxxxxx'
	;;

# ---- reading files a SARIF names -------------------------------------------
sarif-named-files)
	# /etc/passwd, /dev/zero and a FIFO named by a baseline: never read,
	# no hang, no memory blow-up, a warning instead of a line hash.
	mkfifo tree/fifo.c
	printf '%s\n' "file:///etc/passwd 1" "file:///dev/zero 1" "file://$tmp/tree/fifo.c 1" |
		sarif_with_results >evil.sarif
	run 1 limited timeout 30 "$xc" -q --srcroot tree --baseline evil.sarif --sarif out.sarif tree/bug.c
	has err.txt 'not read \(outside --srcroot .*\): /etc/passwd$'
	has err.txt 'not read \(outside --srcroot .*\): /dev/zero$'
	has err.txt 'not read \(not a regular file\): .*/tree/fifo.c$'
	[ "$(grep -c primaryLocationLineHash out.sarif)" -eq 1 ] || fail "a line hash for a file not read"
	run 1 limited timeout 30 "$xc" merge evil.sarif -o merged.sarif
	has err.txt '/etc/passwd$'
	;;
fifo-inputs)
	# A FIFO as source, rules, suppressions, baseline, compile database.
	mkdir rules db && mkfifo f.c f.supp f.sarif rules/r.json db/compile_commands.json
	run 2 timeout 20 "$xc" f.c
	has err.txt '^xlatcheck: error: cannot read source \(not a regular file\): .*/f.c$'
	run 2 timeout 20 "$xc" --suppressions f.supp bug.c
	has err.txt '^xlatcheck: error: cannot read suppression file \(not a regular file\): f.supp$'
	run 2 timeout 20 "$xc" --baseline f.sarif bug.c
	has err.txt '^xlatcheck: error: cannot read baseline \(not a regular file\): f.sarif$'
	run 2 timeout 20 "$xc" --rules rules bug.c
	has err.txt '^xlatcheck: error: cannot read rule file \(not a regular file\): rules/r.json$'
	run 2 timeout 20 "$xc" -p db
	has err.txt '^xlatcheck: error: cannot read compile database \(not a regular file\): '
	;;

# ---- crashes ---------------------------------------------------------------
deep-if-chain)
	# 6,000 arms of if/else if: more than libclang's own 8 MB parse thread
	# takes; parsed on the worker's big stack and analysed.
	awk 'BEGIN { print "int chain(int x) {"; for (i = 1; i <= 6000; i++) print " if (x == " i ") return " i "; else"; print " return 0; }" }' >deep.c
	cat bug.c >>deep.c
	run 1 timeout 50 "$xc" -q deep.c
	has out.txt 'deep.c:[0-9]+:9: warning: vmalloc pointer reaches __pa'
	lacks err.txt 'internal error'
	;;
crash-contained)
	# A TU that crashes costs only itself: the others are reported and
	# written, the message names the TU and the signal.
	printf '[{"directory":"%s","file":"bug.c","arguments":["cc","-c","bug.c"]},{"directory":"%s","file":"other.c","arguments":["cc","-c","other.c"]}]\n' "$tmp" "$tmp" >compile_commands.json
	run 3 env XLATCHECK_TEST_CRASH=other.c "$xc" -q -j2 -p . --sarif all.sarif
	has err.txt "^xlatcheck: internal error: $tmp/other.c: SIGSEGV"
	has out.txt '^bug.c:7:9: warning: vmalloc pointer reaches __pa'
	has all.sarif '"executionSuccessful": false'
	has all.sarif '"id": "internal-error"'
	has all.sarif '"ruleId": "vmalloc-to-linear"'
	run 3 env XLATCHECK_TEST_CRASH=other.c "$xc" -q -j1 -p .
	has out.txt '^bug.c:7:9: warning'
	;;
crash-kbuild)
	# In Kbuild mode a crash follows the parse-error policy: exit 0, a
	# per-TU file that says so, and merge counts it.
	mkdir sd
	run 0 env XLATCHECK_TEST_CRASH=bug.c "$xc" --sarif-dir sd -D__KERNEL__ -c bug.c
	has err.txt "^xlatcheck: internal error: $tmp/bug.c: SIGSEGV"
	run 0 "$xc" --sarif-dir sd -D__KERNEL__ -c other.c
	run 2 "$xc" merge sd --fail-on any -o merged.sarif
	has merged.sarif '"executionSuccessful": false'
	has merged.sarif '"ruleId": "vmalloc-to-linear"'
	;;

engine-notice)
	# A limit the analysis hits (nesting deeper than 4,000) is said on
	# stderr in text mode and is a toolExecutionNotification in the SARIF,
	# through the worker processes (-j2), in --sarif-dir files and merge.
	awk 'BEGIN { print "int nest(int x) {"; for (i = 1; i <= 4500; i++) print " if (x > " i ")"; print " return 1;"; print " return 0;"; print "}" }' >nest.c
	mkdir sd
	run 1 timeout 50 "$xc" -q -j2 --srcroot . --sarif all.sarif nest.c bug.c
	notice="in nest: nesting deeper than 4000 levels is taken as unknown: facts may be missing"
	has err.txt "^xlatcheck: notice: $tmp/nest.c: $notice\$"
	[ "$(grep -c notice: err.txt)" -eq 1 ] || fail "not one notice line"
	has out.txt '^bug.c:7:9: warning: vmalloc pointer reaches __pa'
	run 0 timeout 50 "$xc" -q --srcroot . --sarif-dir sd nest.c
	run 1 "$xc" -q --srcroot . --sarif-dir sd bug.c
	want='"toolExecutionNotifications":\[\{"level":"note","message":\{"text":"'$(echo "$notice" | tr -d ' ')'"\},"locations":\[\{"physicalLocation":\{"artifactLocation":\{"uri":"nest.c","uriBaseId":"%SRCROOT%"\}\}\}\],"descriptor":\{"id":"engine-limit"\}\}\]'
	for f in all.sarif sd/nest-*.sarif; do
		tr -d ' \n' <"$f" >flat.json
		has flat.json "$want"
	done
	lacks sd/bug-*.sarif 'engine-limit'
	has all.sarif '"executionSuccessful": true'
	run 1 "$xc" merge --srcroot . sd -o merged.sarif
	tr -d ' \n' <merged.sarif >flat.json
	has flat.json "$want"
	has merged.sarif '"ruleId": "vmalloc-to-linear"'
	# Not on stderr when the output is SARIF: it is in the file.
	run 0 timeout 50 "$xc" -q --format sarif -o out.sarif nest.c
	lacks err.txt 'notice'
	has out.sarif '"id": "engine-limit"'
	;;

# ---- merge sees every TU ---------------------------------------------------
merge-every-tu)
	mkdir sd
	run 1 "$xc" -q --sarif-dir sd bug.c
	# A run killed while writing leaves its temp file.
	echo '{"trunc' >sd/.other.c-0123456789abcdef.sarif.Ab12Cd
	run 2 "$xc" merge sd -o merged.sarif
	has err.txt 'unfinished per-TU SARIF file .*\.other\.c-0123456789abcdef\.sarif\.Ab12Cd$'
	has merged.sarif '"id": "tu-unfinished"'
	rm sd/.other*
	# A per-TU file of a TU that was not analysed (executionSuccessful
	# false): merge exits 2 as a direct run would, whatever --fail-on says.
	run 1 "$xc" merge sd --fail-on any -o merged.sarif
	f=$(ls sd/*.sarif)
	sed 's/"executionSuccessful": true/"executionSuccessful": false/' "$f" >sd/failed.sarif
	run 2 "$xc" merge sd --fail-on any -o merged.sarif
	has err.txt '^xlatcheck: error: not every TU was analysed'
	run 2 "$xc" merge sd --fail-on never -o merged.sarif
	;;

# ---- exhaustion and slowness -----------------------------------------------
huge-start-line)
	# startLine 2147483647 and 400000000 must not allocate by line.
	printf '%s\n' "file://$tmp/gone.c 2147483647" "file://$tmp/gone.c 400000000" | sarif_with_results >big.sarif
	run 0 limited timeout 30 "$xc" merge big.sarif --fail-on never -o merged.sarif
	has merged.sarif '"startLine": 2147483647'
	run 0 limited timeout 30 "$xc" -q --baseline big.sarif --fail-on never bug.c
	run 1 limited timeout 30 "$xc" merge big.sarif --baseline big.sarif -o merged.sarif
	;;
many-rules)
	# 150,000 rules and 5,000 results, read twice (input and baseline):
	# linear, not quadratic (147 s before), and in less than 1 GB (the
	# SARIF made whole as one json-c tree took 1.75 GB; streamed, 0.5 GB).
	# Then 5,000 results matched against a baseline of themselves, through
	# their fingerprints.
	gen() { # NRULES NRESULTS
		awk -v nrules="$1" -v nresults="$2" 'BEGIN { printf "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\",\"rules\":[";
		     for (i = 0; i < nrules; i++) printf "%s{\"id\":\"r%d\",\"shortDescription\":{\"text\":\"d\"}}", (i ? "," : ""), i;
		     printf "]}},\"results\":[";
		     for (i = 0; i < nresults; i++) printf "%s{\"ruleId\":\"r%d\",\"message\":{\"text\":\"m\"},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"file:///nowhere/f%d.c\"},\"region\":{\"startLine\":%d}}}]}", (i ? "," : ""), i % nrules, i % 50, i + 1;
		     print "]}]}" }'
	}
	# Under ASan every allocation costs several times more: fewer rules and
	# results (the quadratic reader took minutes for those too).
	nres=5000
	if [ "$sanitized" = 1 ]; then nres=1000 && gen 30000 $nres; else gen 150000 $nres; fi >rules.sarif
	run 1 limited timeout 50 "$xc" merge rules.sarif --baseline rules.sarif --fail-on new -o merged.sarif
	nrules=150000
	[ "$sanitized" = 1 ] && nrules=30000
	[ "$(grep -c '^              "id": "r[0-9]*",$' merged.sarif)" -eq $nrules ] || fail "not every rule was written"
	[ "$(tail -c 6 merged.sarif)" = '  ]
}' ] || fail "merged.sarif does not end as a whole log"
	gen 100 $nres >few.sarif
	run 1 "$xc" merge few.sarif -o merged.sarif
	run 0 "$xc" merge few.sarif --baseline merged.sarif --fail-on new --sarif again.sarif -o /proc/self/fd/1
	[ "$(grep -c '"baselineState": "unchanged"' again.sarif)" -eq $nres ] || fail "not every result matched its baseline"
	;;
many-compdb-missing)
	# 100,000 entries for missing files (20,000 under ASan): one error line,
	# seconds, not 106 s and 1.15 GB.
	n=100000
	[ "$sanitized" = 1 ] && n=20000
	awk -v d="$tmp" -v n=$n 'BEGIN { printf "["; for (i = 0; i < n; i++) printf "%s{\"directory\":\"%s\",\"file\":\"missing%d.c\",\"arguments\":[\"cc\",\"-c\",\"missing%d.c\"]}", (i ? "," : ""), d, i, i; print "]" }' >compile_commands.json
	run 2 limited timeout 50 "$xc" -p .
	has err.txt "^xlatcheck: error: cannot read $n sources named by the compile database \(the first: No such file or directory\): $tmp/missing0.c$"
	[ "$(wc -l <err.txt)" -eq 1 ] || fail "more than one error line"
	;;

# ---- wrong or invalid output -----------------------------------------------
utf8-output)
	# Latin-1 bytes in a suppression reason (comment and file) and in an
	# input SARIF come out as U+FFFD: the SARIF stays valid UTF-8.
	printf 'void *vmalloc(unsigned long size);\n#define __pa(x) ((unsigned long)(x))\nunsigned long f(void)\n{\n\tvoid *buf = vmalloc(4096);\n\treturn __pa(buf); /* xlatcheck: ignore[vmalloc-to-linear] caf\351 */\n}\nunsigned long g(void)\n{\n\tvoid *b = vmalloc(1);\n\treturn __pa(b);\n}\n' >latin.c
	printf 'latin.c vmalloc-to-linear na\357ve\n' >latin.supp
	run 0 "$xc" -q --srcroot . --suppressions latin.supp --sarif out.sarif latin.c
	iconv -f UTF-8 -t UTF-8 out.sarif >/dev/null 2>&1 || fail "out.sarif is not valid UTF-8"
	has out.sarif '"justification": "caf'
	has out.sarif '"justification": "na'
	lacks out.sarif "$(printf '\351')"
	printf '%s\n' "file://$tmp/x.c 1" | sarif_with_results | sed "s/\"text\":\"m\"/\"text\":\"$(printf 'r\351sum\351')\"/" >latin.sarif
	run 1 "$xc" merge latin.sarif -o merged.sarif
	iconv -f UTF-8 -t UTF-8 merged.sarif >/dev/null 2>&1 || fail "merged.sarif is not valid UTF-8"
	;;
sarif-strings)
	# \u0000 is rejected, not cut; %00 in a URI names no file; a valid
	# log nested 40 levels deep is read.
	printf '%s\n' "file://$tmp/bas%00ic.c 1" | sarif_with_results >nul-uri.sarif
	run 2 "$xc" merge nul-uri.sarif -o merged.sarif
	has err.txt '^xlatcheck: error: malformed SARIF input \(a result without a known ruleId, message or location\): nul-uri.sarif$'
	printf '%s\n' "file://$tmp/x.c 1" | sarif_with_results | sed 's/"text":"m"/"text":"a\\u0000b"/' >nul-text.sarif
	run 2 "$xc" merge nul-text.sarif -o merged.sarif
	has err.txt 'malformed SARIF input \(a string holds \\u0000\): nul-text.sarif$'
	deep=$(awk 'BEGIN { for (i = 0; i < 40; i++) printf "{\"a\":"; printf "1"; for (i = 0; i < 40; i++) printf "}" }')
	printf '%s\n' "file://$tmp/x.c 1" | sarif_with_results | sed "s/\"text\":\"m\"}/\"text\":\"m\"},\"properties\":{\"deep\":$deep}/" >deep.sarif
	run 1 "$xc" merge deep.sarif -o merged.sarif
	;;
rules-strict)
	mkdir r
	check() { # CONTENT PATTERN
		printf '%b' "$1" >r/x.json
		run 2 "$xc" --rules r bug.c
		has err.txt "$2"
	}
	check '{"sinks": []} garbage' '^xlatcheck: error: invalid JSON in rule file \((data after the JSON value|unexpected character) at line 1, column 15\): r/x.json$'
	check '{"sinks": []}\000{"x": 1}' '^xlatcheck: error: invalid JSON in rule file \(a NUL byte at line 1, column 14\): r/x.json$'
	check '{"sinks": [{"function": "f", "agr": 1}]}' '^xlatcheck: error: sinks\[0\]\.agr: unknown key "agr": r/x.json$'
	# The "rules" section fills its whole key table: an unknown key there
	# read past the table (found by fuzz_rules; an ASan error).
	check '{"rules": [{"id": "x", "precisio": "high"}]}' '^xlatcheck: error: rules\[0\]\.precisio: unknown key "precisio": r/x.json$'
	check '{"sink": []}' '^xlatcheck: error: file: unknown key "sink": r/x.json$'
	check 'null' '^xlatcheck: error: file: the top level is null, not a JSON object: r/x.json$'
	check '[1]' '^xlatcheck: error: file: the top level is array, not a JSON object: r/x.json$'
	check '{"sinks": [{"function": "f", "macro": "m"}]}' '^xlatcheck: error: sinks\[0\]\.macro: give only one of'
	check '{"callbacks": [{"function": "f", "callback": 1, "params": [{"arg": -1}]}]}' '^xlatcheck: error: callbacks\[0\]\.params: element 0 must be null or \{"arg": 0 to 31, "address": true or false\}: r/x.json$'
	check '{"callbacks": [{"macro": "M", "params": []}]}' '^xlatcheck: error: callbacks\[0\]\.callback: missing: r/x.json$'
	check '{"callbacks": [{"section": "s", "callback": 0, "params": []}]}' '^xlatcheck: error: callbacks\[0\]\.section: not allowed in this section: r/x.json$'
	check '{"callbacks": [{"function": "f", "callback": 0}]}' '^xlatcheck: error: callbacks\[0\]\.params: missing or not an array'
	lacks err.txt 'success'
	;;
flags-write-files)
	# -MJ FILE and friends must not make libclang write (or overwrite) a file.
	echo precious >victim
	run 1 "$xc" -q bug.c -- -MJ victim -MJvictim2 -Xclang -dependency-file -Xclang victim3 --serialize-diagnostics victim4
	[ "$(cat victim)" = precious ] || fail "-MJ overwrote a file"
	for f in victim2 victim3 victim4; do [ -e $f ] && fail "$f was written"; done
	run 0 "$xc" --print-clang-args bug.c -- -MJ victim -ftime-trace -save-temps=obj
	lacks out.txt 'MJ|victim|time-trace|save-temps'
	;;
compdb-malformed)
	mkdir db && printf '[{"directory": "/", "file": 1}]' >db/compile_commands.json
	run 2 "$xc" -p db
	has err.txt '^xlatcheck: error: malformed compile database \(entry 0: no "file" string\): .*db/compile_commands.json$'
	lacks err.txt 'LIBCLANG|YAML'
	printf '{"directory": "/"' >db/compile_commands.json
	run 2 "$xc" -p db
	[ "$(wc -l <err.txt)" -eq 1 ] || fail "more than one error line"
	lacks err.txt 'LIBCLANG|YAML'
	;;
leaks-on-errors)
	# Error paths that leaked (and so under LeakSanitizer exited 1, not 2).
	echo '{"version": "2.1.0", "runs": [{"tool": {"driver": {"rules": [{"id": "a", "shortDescription": {"text": "x"}}]}}, "results": [{"ruleId": "a"}]}]}' >bad.sarif
	run 2 "$xc" -q --baseline bad.sarif bug.c
	has err.txt '^xlatcheck: error: malformed baseline'
	run 2 "$xc" merge bad.sarif -o merged.sarif
	mkdir r && echo '{"sinks": [{"function": "f", "macro": "m", "variable": "v"}]}' >r/x.json
	run 2 "$xc" --rules r bug.c
	;;
*)
	echo "unknown case: $case"
	exit 2
	;;
esac

[ "$fails" -eq 0 ] || exit 1
echo "$case: ok"
