#!/bin/sh
# The facts --summaries writes for the link (docs/summaries.md, format 3),
# pinned on a two-file shape checked one file at a time: user.c calls a
# helper that returns vmalloc memory into __pa(), passes its parameter to
# a sink wrapper, translates a global and a field that helper.c fills, and
# calls through a function pointer nobody registers (it stays opaque).
# Usage: summaries.sh XLATCHECK SOURCE_DIR TMPDIR
set -u
xc=$1
src=$2
tmp=$3
. "$(dirname "$0")/../lib.sh"
fresh_dir "$tmp" || exit 2

# summarise NAME FILE: FILE's document, flattened (no line breaks, no
# blanks after JSON punctuation), in $tmp/NAME.json
summarise() {
	rm -rf "$tmp/sum-$1"
	"$xc" -q --summaries "$tmp/sum-$1" "$2" >"$tmp/$1.out" 2>&1 ||
		fail "$1: exit $?: $(cat "$tmp/$1.out")"
	[ -s "$tmp/$1.out" ] && fail "$1: unexpected output: $(cat "$tmp/$1.out")"
	cat "$tmp/sum-$1"/*.json | tr -d '\n' | sed -E 's/([][{},:]) +/\1/g; s/ +([]}])/\1/g' >"$tmp/$1.json"
}

# expect NAME REGEX / absent NAME REGEX on the flattened document
expect() {
	if grep -Eq -- "$2" "$tmp/$1.json"; then ok; else fail "$1: lacks /$2/"; fi
}
absent() {
	if grep -Eq -- "$2" "$tmp/$1.json"; then fail "$1: has /$2/"; else ok; fi
}

summarise user "$src/user.c"
u=user
version=$("$xc" --version | sed -n 's/^xlatcheck \([^ ]*\).*/\1/p')
expect $u '^\{"format":"xlatcheck-summaries/3","version":"'"$version"'","tu":"[^"]*/user.c","module":false,"options":\[\],"inputs":'
# the inputs, in the order the analysis met them
expect $u '"inputs":\[\{"kind":"result","function":"c:@F@user_result","call":0\},\{"kind":"result","function":"c:@F@user_wrapper","call":0\},\{"kind":"global","usr":"c:@shared_buf","name":"shared_buf"\},\{"kind":"field","usr":"c:@S@ring@FI@buf","name":"struct ring::buf"\},\{"kind":"result","function":"c:@F@user_indirect","call":0\}\]'
# an extern helper returning into __pa(): the call, its result s0, s0's sink
expect $u '"calls":\[\{"callee":\{"function":"c:@F@ring_alloc"\},"name":"ring_alloc","at":\{"file":"[^"]*/user.c","line":6,"column":12\},"result":"s0","args":\[\[\]\]\}\]'
expect $u '"sinks":\[\{"input":"s0","path":\[\{"kind":"call","file":"[^"]*/user.c","line":6,"column":12,"message":"ring_alloc\(\) returns it \(no body in this file\)"\},\{"kind":"assignment",[^]]*"line":6,[^]]*\},\{"kind":"sink","file":"[^"]*/user.c","line":7,"column":9,"message":"reaches __pa\(\)"\}\],"sink":"__pa","family":"phys"'
# a parameter passed to an extern sink wrapper: the argument is p0
expect $u '"name":"user_wrapper","static":false,[^@]*"params":\["q"\],"returns":\[\{"input":"s1",'
expect $u '"callee":\{"function":"c:@F@ring_phys"\},"name":"ring_phys","at":\{[^}]*"line":12,"column":9\},"result":"s1","args":\[\[\{"input":"p0","path":\[\{"kind":"parameter","file":"[^"]*/user.c","line":10,"column":28,"message":"arrives in user_wrapper\(\) as parameter .q."\}\]\}\]\]'
# a global read and a field read: their inputs reach the sink
expect $u '"sinks":\[\{"input":"s2",[^@]*"path":\[\{"kind":"field-load","file":"[^"]*/user.c","line":17,"column":14,"message":"read from .shared_buf."\},\{"kind":"sink"'
expect $u '"sinks":\[\{"input":"s3",[^@]*"path":\[\{"kind":"field-load","file":"[^"]*/user.c","line":22,"column":14,"message":"read back from field .buf."\},\{"kind":"sink"'
# a call through a function pointer (here a parameter): a slot call for the
# link, whose result is an input that reaches the sink
expect $u '"calls":\[\{"callee":\{"slot":"c:user.c@[0-9]*@F@user_indirect@get"\},"name":"get","at":\{"file":"[^"]*/user.c","line":27,"column":14\},"result":"s4","args":\[\]\}\]'
expect $u '"sinks":\[\{"input":"s4",[^@]*"message":"the function .get. points to returns it \(called through a pointer\)"'
# an in-file callee that forwards its parameter: the call with the field
# input; one that does not forward it: no call
expect $u '"name":"user_forward",[^@]*"calls":\[\{"callee":\{"function":"c:user.c@F@hold"\},"name":"hold","at":\{[^}]*"line":[0-9]+,"column":2\},"args":\[\[\{"input":"s3","path":\[\{"kind":"field-load",'
absent $u '"name":"plain","at"'
expect $u '"usr":"c:user.c@F@hold","name":"hold","static":true,[^@]*"calls":\[\{"callee":\{"function":"c:@F@ring_keep"\},"name":"ring_keep",[^@]*"args":\[\[\{"input":"p0",'
# a guard narrows: the regions listed are those it leaves (every one but vmalloc);
# unnarrowed inputs list none (every non-linear region)
expect $u '"name":"user_guarded",[^@]*"sinks":\[\{"input":"p0","regions":\[("(percpu|vmap|module|stack|fixmap|ioremap|user|kvmalloc|dma-coherent|highmem|vmemmap)",)*"(percpu|vmap|module|stack|fixmap|ioremap|user|kvmalloc|dma-coherent|highmem|vmemmap)"\],"path":'
expect $u '"stores":\[\],"address_taken":\[\]\}$'

summarise helper "$src/helper.c"
h=helper
expect $h '"inputs":\[\],"functions":'
expect $h '"usr":"c:@F@ring_alloc","name":"ring_alloc","static":false,[^@]*"params":\["n"\],"returns":\[\{"region":"vmalloc","path":\[\{"kind":"source",[^]]*"line":8,[^]]*\},\{"kind":"return",'
expect $h '"usr":"c:@F@ring_phys",[^@]*"sinks":\[\{"input":"p0",[^@]*"sink":"__pa","family":"phys"'
expect $h '"stores":\[\{"target":"c:@S@ring@FI@buf","value":\[\{"region":"vmalloc","path":\[\{"kind":"source",[^]]*"line":19,[^]]*\},\{"kind":"field-store",[^]]*"line":19,[^]]*\}\]\}\]\},\{"target":"c:@shared_buf","value":\[\{"region":"vmalloc",'

# a `void *` slot: its concrete store names the type the value pointed to,
# a read converted to a type has an input of that type, an untyped read the
# field's own; a field that points to a node (a struct whose pointers all
# point to its own type) has neither store nor input
summarise slots "$src/slots.c"
expect slots '"inputs":\[\{"kind":"field","usr":"c:@S@handle@FI@private_data","name":"struct handle::private_data","type":"struct kport"\},\{"kind":"field","usr":"c:@S@handle@FI@private_data","name":"struct handle::private_data"\}\]'
expect slots '"stores":\[\{"target":"c:@S@handle@FI@private_data","type":"struct vbuf","value":\[\{"region":"vmalloc",'
absent slots 'hhead@FI@first'

# deterministic: a second run writes the same bytes
cp "$tmp/$u.json" "$tmp/first.json"
summarise user "$src/user.c"
cmp -s "$tmp/first.json" "$tmp/$u.json" && ok || fail "a second run wrote other summaries"

# one source compiled twice with other flags (lib/cmdline.c is, in the
# kernel and in its boot code) is two TUs: two documents, neither lost
mkdir -p "$tmp/twice"
for d in A B; do
	printf '{"directory": "%s", "file": "%s", "command": "cc -c -D%s -o %s.o %s"}' \
		"$src" "$src/helper.c" "$d" "$d" "$src/helper.c"
done | sed 's/}{/},{/; s/^/[/; s/$/]/' >"$tmp/twice/compile_commands.json"
"$xc" -q --no-cache -p "$tmp/twice" --summaries "$tmp/twice/sum" >"$tmp/twice.out" 2>&1 ||
	fail "twice: exit $?: $(cat "$tmp/twice.out")"
n=$(ls "$tmp/twice/sum" 2>/dev/null | grep -c '^helper\.c-.*\.json$')
[ "$n" -eq 2 ] && ok || fail "one source compiled twice: $n documents, want 2"

summary summaries
