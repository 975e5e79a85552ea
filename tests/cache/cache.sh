#!/bin/sh
# cache.sh XLATCHECK WORKDIR [keys|modes]
#
# The result cache end to end.  A hit must give the very output a parse
# gives (text, SARIF, summaries, exit status); each part of the key must
# miss when it changes: the main file, a header, a rule, an argument; a
# file touched without a change is a hit by content; a corrupt entry is a
# miss with a warning; two writers at once leave a sound cache; the size
# limit evicts; Kbuild mode and -p mode both use it; --no-cache never
# touches it.  Files get explicit old mtimes: the cache does not trust a
# file changed in the second its parse began.  "keys" runs the first half
# (hit and miss on each part of the key, corrupt entries), "modes" the
# rest, so that each stays quick also in the sanitizer build.
set -u
xc=$1 work=$2 part=${3:-keys}
rm -rf "$work"
mkdir -p "$work/src" "$work/rules"
cd "$work" || exit 2
fail=0
say_fail() {
	echo "FAIL: $*"
	fail=1
}
# age FILE MINUTES: an mtime well in the past, a different one each time.
age() { touch -d "$2 minutes ago" "$1"; }

cat >src/hdr.h <<'C'
void *my_vmalloc_wrapper(unsigned long size);
unsigned long virt_to_phys(volatile void *address);
C
cat >src/a.c <<'C'
#include "hdr.h"
unsigned long user(void) { return virt_to_phys(my_vmalloc_wrapper(64)); }
C
cat >src/b.c <<'C'
#include "hdr.h"
unsigned long quiet(void)
{
	/* xlatcheck: ignore[vmalloc-to-linear] reviewed: the buffer is one page */
	return virt_to_phys(my_vmalloc_wrapper(64));
}
C
cat >rules/mine.json <<'JSON'
{"sources": [{"function": "my_vmalloc_wrapper", "region": "vmalloc"}]}
JSON
for f in src/hdr.h src/a.c src/b.c rules/mine.json; do age "$f" 100; done

# run NAME [EXTRA-FLAGS...]: both TUs, text on stdout, SARIF and summaries.
run() {
	name=$1
	shift
	mkdir -p "sum-$name"
	"$xc" -v --cache "$work/cache" --rules rules --show-suppressed --summaries "sum-$name" \
		--sarif "$name.sarif" src/a.c src/b.c -- "$@" >"$name.out" 2>"$name.err"
	echo $? >"$name.status"
}
hits() { grep -c "cache hit: $work/src/$2" "$1.err"; }
expect_hit() { [ "$(hits "$1" "$2")" = 1 ] || say_fail "$1: expected a hit for $2: $(cat "$1.err")"; }
expect_miss() {
	grep -q "cache miss: $work/src/$2 ($3" "$1.err" ||
		say_fail "$1: expected a miss for $2 because of $3: $(cat "$1.err")"
}
# same A B: the outputs of two runs agree (the SARIF up to its run times).
same() {
	cmp -s "$1.out" "$2.out" || say_fail "$2: text differs from $1"
	cmp -s "$1.status" "$2.status" || say_fail "$2: exit status differs from $1"
	diff -r "sum-$1" "sum-$2" >/dev/null || say_fail "$2: summaries differ from $1"
	sed '/TimeUtc/d' "$1.sarif" >"$1.sarif.cmp"
	sed '/TimeUtc/d' "$2.sarif" >"$2.sarif.cmp"
	cmp -s "$1.sarif.cmp" "$2.sarif.cmp" || say_fail "$2: SARIF differs from $1"
}

run cold
if [ "$part" = keys ]; then
expect_miss cold a.c "no entry"
expect_miss cold b.c "no entry"
[ "$(cat cold.status)" = 1 ] || say_fail "cold: exit status $(cat cold.status), expected 1"
grep -q 'a\.c:2:35: warning: vmalloc pointer reaches virt_to_phys' cold.out ||
	say_fail "cold: the finding in a.c is missing"
grep -q 'b\.c:5:' cold.out || say_fail "cold: the suppressed finding in b.c is missing"
ls sum-cold/a.c-*.json >/dev/null 2>&1 || say_fail "cold: no summary for a.c"

run warm
expect_hit warm a.c
expect_hit warm b.c
same cold warm

# Touched, not changed: a hit by content, and the new stat is kept.
age src/hdr.h 90
run touched
grep -q "cache hit: $work/src/a.c (same contents, new stat)" touched.err ||
	say_fail "touched: expected a hit by content: $(cat touched.err)"
same cold touched

# The main file changes: a.c misses, b.c still hits.
{ echo '/* moved */' && cat src/a.c; } >a.new && cat a.new >src/a.c
age src/a.c 80
run main
expect_miss main a.c "$work/src/a.c"
# A plain hit: the touched run recorded hdr.h's new stat.
grep -q "cache hit: $work/src/b.c\$" main.err || say_fail "main: b.c is not a plain hit"
grep -q 'a\.c:3:35: warning' main.out || say_fail "main: the finding did not move to line 3"

# A header changes: both miss, naming the header.
printf 'void unrelated(void);\n' >>src/hdr.h
age src/hdr.h 70
run header
expect_miss header a.c "$work/src/hdr.h"
expect_miss header b.c "$work/src/hdr.h"

# A rule changes: the wrapper is no longer a source, so no finding.
cp rules/mine.json mine.json.orig
echo '{"sources": [{"function": "another_wrapper", "region": "vmalloc"}]}' >rules/mine.json
age rules/mine.json 60
run rule
expect_miss rule a.c "no entry"
grep -q 'warning' rule.out && say_fail "rule: a finding from the old rule came back"
[ "$(cat rule.status)" = 0 ] || say_fail "rule: exit status $(cat rule.status), expected 0"
cp mine.json.orig rules/mine.json
age rules/mine.json 50
run rule-back
expect_hit rule-back a.c
same header rule-back

# An argument changes.
run arg -DEXTRA=1
expect_miss arg a.c "no entry"
run arg2 -DEXTRA=1
expect_hit arg2 a.c
same arg arg2

# Corrupt entries: a flipped byte, a truncated file, garbage.
n=0
for entry in cache/?/*; do
	n=$((n + 1))
	case $n in
	1) sed 's/"outcome":"0/"outcome":"1/' "$entry" >x && cat x >"$entry" ;;
	2) head -c 100 "$entry" >x && cat x >"$entry" ;;
	*) echo garbage >"$entry" ;;
	esac
done
run corrupt
[ "$(grep -c 'warning: corrupt cache entry ignored' corrupt.err)" = 2 ] ||
	say_fail "corrupt: expected two warnings: $(cat corrupt.err)"
same header corrupt
run corrupt2
expect_hit corrupt2 a.c
expect_hit corrupt2 b.c
same header corrupt2

# An outcome that does not decode, under a valid checksum (a binary that
# wrote it differently, say): a miss with a warning, never a result.
for entry in cache/?/*; do
	body=$(tail -n +2 "$entry" | sed 's/"outcome":"[0-9a-f]*"/"outcome":"00"/')
	sum=$(printf '%s' "$body" | sha256sum | cut -d' ' -f1)
	printf 'xlatcheck-cache/2 %s\n%s' "$sum" "$body" >"$entry"
done
run undecodable
[ "$(grep -c 'warning: corrupt cache entry ignored (outcome)' undecodable.err)" = 2 ] ||
	say_fail "undecodable: expected two warnings: $(cat undecodable.err)"
same header undecodable

fi

if [ "$part" = modes ]; then
# --no-cache: not read, not written.
before=$(find cache -type f | sort | cksum)
"$xc" -v --no-cache --cache "$work/cache" --rules rules src/a.c src/b.c >nocache.out 2>nocache.err
grep -q 'cache' nocache.err && say_fail "--no-cache: the cache was used: $(cat nocache.err)"
cmp -s nocache.out cold.out || true
[ "$(find cache -type f | sort | cksum)" = "$before" ] || say_fail "--no-cache: the cache changed"

# A TU with parse errors is cached with its status and errors.
printf 'int broken(void) { return }\n' >src/bad.c
age src/bad.c 40
for i in 1 2; do
	"$xc" -v --cache "$work/cache" src/bad.c >"bad$i.out" 2>"bad$i.err"
	echo $? >"bad$i.status"
done
grep -q "cache hit: $work/src/bad.c" bad2.err || say_fail "bad: no hit the second time"
if [ "$(cat bad1.status)" != 2 ] || [ "$(cat bad2.status)" != 2 ]; then
	say_fail "bad: exit status $(cat bad1.status) then $(cat bad2.status), expected 2"
fi
grep -v '^xlatcheck: cache\|TUs\{0,1\} checked' bad1.err >bad1.lines
grep -v '^xlatcheck: cache\|TUs\{0,1\} checked' bad2.err >bad2.lines
if [ ! -s bad1.lines ] || ! cmp -s bad1.lines bad2.lines; then
	say_fail "bad: the parse errors differ"
fi

# Two writers at once into an empty cache, then a reader.
for i in 1 2; do
	"$xc" --cache "$work/cache2" -j2 --rules rules src/a.c src/b.c >"conc$i.out" 2>&1 &
done
wait
"$xc" -v --cache "$work/cache2" --rules rules src/a.c src/b.c >conc3.out 2>conc3.err
grep -v '^xlatcheck:' conc1.out >conc1.text
grep -v '^xlatcheck:' conc2.out >conc2.text
grep -v '^xlatcheck:' conc3.out >conc3.text
cmp -s conc1.text conc2.text || say_fail "concurrent: the writers disagree"
cmp -s conc1.text conc3.text || say_fail "concurrent: the reader's output differs"
expect_hit conc3 a.c
expect_hit conc3 b.c
[ -z "$(find cache2 -name '.tmp-*')" ] || say_fail "concurrent: temporary files left behind"

# -p mode and Kbuild mode.
cat >compile_commands.json <<JSON
[{"directory": "$work", "file": "src/a.c", "arguments": ["cc", "-c", "src/a.c"]},
 {"directory": "$work", "file": "src/b.c", "arguments": ["cc", "-c", "src/b.c"]}]
JSON
for i in 1 2; do
	"$xc" -v --cache "$work/cache3" --rules rules -p compile_commands.json >"p$i.out" 2>"p$i.err"
done
expect_hit p2 a.c
expect_hit p2 b.c
cmp -s p1.out p2.out || say_fail "-p: outputs differ"
for i in 1 2; do
	"$xc" -v --cache "$work/cache4" --rules rules -D__KERNEL__ -Isrc src/a.c >"k$i.out" 2>"k$i.err"
done
grep -q "cache miss: $work/src/a.c (no entry)" k1.err || say_fail "kbuild: no miss first: $(cat k1.err)"
expect_hit k2 a.c
cmp -s k1.out k2.out || say_fail "kbuild: outputs differ"

# The size limit: 1K leaves no entry (each subdirectory keeps 64 bytes).
"$xc" --cache "$work/cache5" --cache-size 1K --rules rules src/a.c src/b.c >small.out 2>&1
[ -z "$(find cache5 -path '*/[0-9a-f]/*' -type f)" ] || say_fail "size limit: entries kept"
"$xc" --cache "$work/cache5" --cache-size nonsense src/a.c >/dev/null 2>small.err
grep -q "error: invalid argument 'nonsense' for '--cache-size'" small.err || say_fail "a malformed --cache-size is not an error"

fi

[ "$fail" = 0 ] && echo PASS
exit "$fail"
