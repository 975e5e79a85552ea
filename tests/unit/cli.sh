#!/bin/sh
# The command line as a user meets it: input modes, error messages (one
# line, naming the file and the problem), exit codes, Kbuild behaviour and
# -j determinism.  Usage: cli.sh XLATCHECK TMPDIR
set -u
xc=$1
tmp=$2
. "$(dirname "$0")/../lib.sh"
fresh_dir "$tmp" || exit 2

# run NAME EXPECTED_STATUS CMD...: stdout+stderr in $tmp/NAME.out
run() {
	name=$1 want=$2
	shift 2
	"$@" >"$tmp/$name.out" 2>&1
	got=$?
	if [ "$got" -ne "$want" ]; then
		fail "$name: exit $got, expected $want"
		sed 's/^/    /' "$tmp/$name.out"
	else
		ok
	fi
}

# expect NAME PATTERN: the output of NAME matches the extended regex
expect() {
	if grep -Eq "$2" "$tmp/$1.out"; then ok; else
		fail "$1: output lacks /$2/"
		sed 's/^/    /' "$tmp/$1.out"
	fi
}

absent() {
	if grep -Eq "$2" "$tmp/$1.out"; then
		fail "$1: output has /$2/"
		sed 's/^/    /' "$tmp/$1.out"
	else ok; fi
}

cat >"$tmp/bug.c" <<'C'
void *vmalloc(unsigned long size);
#define PAGE_OFFSET 0xC0000000UL
#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET)
unsigned long bug(void)
{
	void *buf = vmalloc(4096);
	return __pa(buf);
}
C
cat >"$tmp/clean.c" <<'C'
int clean(int x) { return x + 1; }
C
cat >"$tmp/broken.c" <<'C'
int broken(void) { return undeclared_thing + ; }
C

# ---- usage and help ----
run help 0 "$xc" --help
expect help 'Exit status: 0 no'
run version 0 "$xc" --version
expect version '^xlatcheck [0-9]+\.[0-9]+\.[0-9]+'
run nothing 2 "$xc"
expect nothing '^xlatcheck: error: nothing to check'
run unknown 2 "$xc" --bogus "$tmp/clean.c"
expect unknown "^xlatcheck: error: unrecognized option '--bogus' \\(see --help\\)\$"
run badj 2 "$xc" -j zero "$tmp/clean.c"
expect badj "^xlatcheck: error: invalid argument '[^']*' for '-j'"
run badfail 2 "$xc" --fail-on sometimes "$tmp/clean.c"
expect badfail "^xlatcheck: error: invalid argument 'sometimes' for '--fail-on' \\(valid: any, new, never\\)\$"
run novalue 2 "$xc" "$tmp/clean.c" --sarif
expect novalue "error: option '--[a-z-]+' requires an argument"

# ---- one file ----
run bug 1 "$xc" -q "$tmp/bug.c"
expect bug 'bug\.c:7:9: warning: vmalloc pointer reaches __pa\(\).*\[xlatcheck:vmalloc-to-linear\]'
expect bug 'note: vmalloc\(\) returns vmalloc memory'
run clean 0 "$xc" "$tmp/clean.c"
expect clean 'xlatcheck: 1 TU checked, 0 failed to parse, 0 findings'
run never 0 "$xc" -q --fail-on never "$tmp/bug.c"
# Options may follow the files (not in Kbuild mode, where the compiler's come last).
run opts-after 0 "$xc" "$tmp/bug.c" --fail-on never -q
absent opts-after 'xlatcheck: 1 TU checked'
run opts-after-bad 2 "$xc" "$tmp/bug.c" --no-such-option
expect opts-after-bad "^xlatcheck: error: unrecognized option '--no-such-option'"
run missing 2 "$xc" "$tmp/no-such.c"
expect missing "^xlatcheck: error: cannot read source \(No such file or directory\): $tmp/no-such.c\$"
run unreadable 2 "$xc" "$tmp/clean.c/inside.c"
expect unreadable '^xlatcheck: error: cannot read source \(Not a directory\): .*$'
run broken 2 "$xc" "$tmp/broken.c"
expect broken "^xlatcheck: parse errors: $tmp/broken.c: [0-9]+ errors \(first: .*broken.c:1:"
run broken-v 2 "$xc" -v "$tmp/broken.c"
expect broken-v 'use of undeclared identifier'

# A flag clang rejects: one warning per run however many TUs, still analysed.
cp "$tmp/bug.c" "$tmp/bug2.c"
run garbage 1 "$xc" "$tmp/bug.c" "$tmp/bug2.c" -- -fno-such-gcc-flag
expect garbage "clang rejected a flag.*-fno-such-gcc-flag"
if [ "$(grep -c 'clang rejected a flag' "$tmp/garbage.out")" -eq 1 ]; then ok; else
	fail "garbage: the rejected flag is reported more than once"
fi
expect garbage 'bug2\.c:7:9: warning'

# ---- Kbuild CHECK= mode ----
# Kbuild's shape: CHECKFLAGS, gcc flags incl. a dependency file, the source.
kbuild() {
	"$xc" "$@" -D__linux__ -D__STDC__ -Wbitwise --arch=x86_64 -mlittle-endian -m64 \
		-Wp,-MMD,"$tmp/.bug.o.d" -nostdinc -D__KERNEL__ -Werror -fconserve-stack \
		-mindirect-branch=thunk-extern -Wno-maybe-uninitialized "$tmp/bug.c"
}
run kbuild 0 kbuild
expect kbuild 'bug\.c:7:9: warning: .*\[xlatcheck:vmalloc-to-linear\]'
absent kbuild 'rejected a flag'
if [ -e "$tmp/.bug.o.d" ]; then fail "kbuild: a dependency file was written"; else ok; fi
run kbuild-fail 1 kbuild --fail-on any
run print-args 0 kbuild --print-clang-args
expect print-args 'target=x86_64-unknown-linux-gnu'
absent print-args ' (-Werror|-fconserve-stack|-Wp,-MMD.*|--arch=x86_64|-D__STDC__)( |$)'

# ---- compile databases ----
mkdir -p "$tmp/db"
cat >"$tmp/db/compile_commands.json" <<JSON
[{"directory": "$tmp", "file": "bug.c", "command": "gcc -c -o bug.o bug.c"},
 {"directory": "$tmp", "file": "bug2.c", "command": "gcc -c -o bug2.o bug2.c"},
 {"directory": "$tmp", "file": "clean.c", "command": "gcc -c -o clean.o clean.c"}]
JSON
run db 1 "$xc" -p "$tmp/db"
expect db 'xlatcheck: 3 TUs checked, 0 failed to parse, 2 findings'
run db-json 1 "$xc" -p "$tmp/db/compile_commands.json" "$tmp/bug.c"
expect db-json 'xlatcheck: 1 TU checked'
run db-filter 2 "$xc" -p "$tmp/db" "$tmp/elsewhere.c"
expect db-filter "^xlatcheck: error: not in the compile database: $tmp/elsewhere.c\$"
run db-missing 2 "$xc" -p "$tmp/nodb"
expect db-missing "^xlatcheck: error: missing compile database: $tmp/nodb\$"
mkdir -p "$tmp/emptydir"
run db-missing-file 2 "$xc" -p "$tmp/emptydir"
expect db-missing-file "^xlatcheck: error: missing compile database: $tmp/emptydir/compile_commands.json\$"
mkdir -p "$tmp/baddb" && printf '[{"directory": ' >"$tmp/baddb/compile_commands.json"
run db-malformed 2 "$xc" -p "$tmp/baddb"
expect db-malformed '^xlatcheck: error: invalid JSON in compile database \(.*\): .*/baddb/compile_commands.json$'

# Same findings, byte for byte, whatever -j (text and SARIF).
run j1 1 "$xc" -q -j1 -p "$tmp/db" --sarif "$tmp/j1.sarif"
run j2 1 "$xc" -q -j2 -p "$tmp/db" --sarif "$tmp/j2.sarif"
if cmp -s "$tmp/j1.out" "$tmp/j2.out" && cmp -s "$tmp/j1.sarif" "$tmp/j2.sarif"; then ok; else
	fail "-j1 and -j2 differ"
fi
# ... and what they say: bug.c and bug2.c once each, clean.c nothing.
expect j1 '^[^ ]*bug\.c:7:9: warning: .*\[xlatcheck:vmalloc-to-linear\]'
expect j1 '^[^ ]*bug2\.c:7:9: warning: .*\[xlatcheck:vmalloc-to-linear\]'
if [ "$(grep -c ': warning: ' "$tmp/j1.out")" -eq 2 ] && [ "$(grep -c '"ruleId"' "$tmp/j1.sarif")" -eq 2 ]; then ok; else
	fail "j1: want 2 warnings and 2 SARIF results"
fi

# ---- rules ----
mkdir -p "$tmp/rules-bad"
cat >"$tmp/rules-bad/mine.json" <<'JSON'
{"sources": [{"function": "my_alloc", "region": "nowhere"}]}
JSON
run rules-bad 2 "$xc" --rules "$tmp/rules-bad" "$tmp/clean.c"
expect rules-bad "^xlatcheck: error: sources\[0\]\.region: unknown region \"nowhere\": $tmp/rules-bad/mine.json\$"
printf '{"sinks": [' >"$tmp/rules-bad/mine.json"
run rules-json 2 "$xc" --rules "$tmp/rules-bad" "$tmp/clean.c"
expect rules-json "^xlatcheck: error: invalid JSON .*: $tmp/rules-bad/mine.json\$"
printf '{"returns": [{"function": "my_copy"}]}' >"$tmp/rules-bad/mine.json"
run rules-returns 2 "$xc" --rules "$tmp/rules-bad" "$tmp/clean.c"
expect rules-returns "^xlatcheck: error: returns\[0\]\.arg: is required: $tmp/rules-bad/mine.json\$"
printf '{"returns": [{"macro": "my_copy", "arg": 0}]}' >"$tmp/rules-bad/mine.json"
run rules-returns-macro 2 "$xc" --rules "$tmp/rules-bad" "$tmp/clean.c"
expect rules-returns-macro "^xlatcheck: error: returns\[0\]\.macro: "
run rules-dir 2 "$xc" --rules "$tmp/no-rules-here" "$tmp/clean.c"
expect rules-dir "^xlatcheck: error: cannot read rule directory: $tmp/no-rules-here\$"
# A user's rule, no C: a new source function reported with an existing rule.
mkdir -p "$tmp/rules-good"
cat >"$tmp/rules-good/mine.json" <<'JSON'
{"sources": [{"function": "my_vmalloc_wrapper", "region": "vmalloc"}]}
JSON
cat >"$tmp/user.c" <<'C'
void *my_vmalloc_wrapper(unsigned long size);
unsigned long virt_to_phys(volatile void *address);
unsigned long user(void) { return virt_to_phys(my_vmalloc_wrapper(64)); }
C
run rules-good 1 "$xc" -q --rules "$tmp/rules-good" "$tmp/user.c"
expect rules-good 'user\.c:3:35: warning: vmalloc pointer reaches virt_to_phys\(\)'
run rules-default 0 "$xc" -q "$tmp/user.c"
# A user's registration whose callback receives the address of an argument:
# the address of a percpu variable reaches the callback's translation; the
# value of that argument (an int) would not.
mkdir -p "$tmp/rules-cb"
cat >"$tmp/rules-cb/mine.json" <<'JSON'
{"callbacks": [{"function": "my_register", "callback": 0, "params": [{"arg": 1, "address": true}]}]}
JSON
cat >"$tmp/cb.c" <<'C'
void my_register(void (*cb)(void *), int v);
unsigned long virt_to_phys(volatile void *address);
__attribute__((section(".data..percpu"))) int counter;
static void cb(void *p) { (void)virt_to_phys(p); }
void start(void) { my_register(cb, counter); }
C
run rules-callback 1 "$xc" -q --rules "$tmp/rules-cb" "$tmp/cb.c"
expect rules-callback 'cb\.c:5:20: warning: percpu pointer reaches virt_to_phys\(\)'
expect rules-callback 'my_register\(\) registers cb\(\), which receives it as argument 1'
run rules-callback-default 0 "$xc" -q "$tmp/cb.c"

# ---- summaries for a cross-TU step ----
cat >"$tmp/wrap.c" <<'C'
void *vmalloc(unsigned long size);
#define PAGE_OFFSET 0xC0000000UL
#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET)
void *make(void) { return vmalloc(64); }
unsigned long to_phys(void *p) { return __pa(p); }
void alloc_into(void **out) { *out = vmalloc(64); }
struct ops { unsigned long (*phys)(void *p); };
static const struct ops ops = { .phys = to_phys };
C
mkdir -p "$tmp/sum"
run summaries 0 "$xc" -q --summaries "$tmp/sum" "$tmp/wrap.c"
cat "$tmp"/sum/wrap.c-*.json >"$tmp/summaries-json.out" 2>/dev/null
expect summaries-json '"format":"xlatcheck-summaries/3"'
expect summaries-json "\"version\":\"$("$xc" --version | sed -n 's/^xlatcheck \([^ ]*\).*/\1/p')\""
expect summaries-json '"usr":"c:@F@make"'
expect summaries-json '"region":"vmalloc"'
expect summaries-json '"usr":"c:@F@to_phys"'
expect summaries-json '"sink":"__pa"'
tr -d ' \n' <"$tmp/summaries-json.out" >"$tmp/summaries-flat.out"
expect summaries-flat '"outs":\[\{"param":0,"value":\[\{"region":"vmalloc"'
expect summaries-flat '"address_taken":\[\{"slot":"c:@S@ops@FI@phys","function":"c:@F@to_phys","at":\{"file":"[^"]*/wrap.c","line":8,'
run summaries-made 0 "$xc" -q --summaries "$tmp/no-dir/sub" "$tmp/wrap.c"
[ -d "$tmp/no-dir/sub" ] && ok || fail "summaries-made: --summaries did not make its directory"
run summaries-bad 2 "$xc" -q --summaries "$tmp/wrap.c/sub" "$tmp/wrap.c"
expect summaries-bad "^xlatcheck: error: cannot create directory \(Not a directory\): $tmp/wrap.c/sub\$"

summary cli
