#!/bin/sh
# The docs do what they say.  Every fenced block in README.md, docs/guide.md,
# docs/ci.md and docs/suppression.md whose info string starts with `sh` is a
# list of commands (a trailing `\` joins lines):
#   ```sh         run here, in order, in a small sandbox: drivers/foo/bar.c
#                 (a vmalloc pointer reaching __pa), include/, and
#                 build/compile_commands.json for it; xlatcheck and
#                 kbuild-compdb are on PATH
#   ```sh kernel  need a built kernel tree: run by the kernel-docs test in
#                 the prepared x86_64 tree (docs.sh ... kernel OBJTREE)
#   ```sh setup   the project's own entry scripts (ci/demo, ci/test): the
#                 script must exist and parse (`sh -n`); ci/test runs them
# A command passes when it exits 0 or 1 (1: findings) and crashes nothing.
# Also: every option `xlatcheck --help` and `xlatcheck merge --help` list is
# in the man page, and every option the man page lists is in --help.
# Usage: docs.sh SRC BINDIR TMPDIR [kernel OBJTREE]
set -u
src=$1
bindir=$(cd "$2" && pwd)
tmp=$3
mode=${4:-unit}
objtree=${5:-}
. "$(dirname "$0")/../lib.sh"
fresh_dir "$tmp" || exit 2
PATH=$bindir:$PATH
export PATH

# KIND<TAB>FILE:LINE<TAB>COMMAND for every command of every sh block.
extract() {
	for f in README.md docs/guide.md docs/ci.md docs/suppression.md; do
		awk -v file="$f" '
		/^```/ {
			if (inblock) { inblock = 0; next }
			info = substr($0, 4)
			if (info ~ /^sh( |$)/) {
				inblock = 1
				kind = (info ~ /kernel/) ? "kernel" : (info ~ /setup/) ? "setup" : "run"
			}
			next
		}
		inblock {
			line = $0
			if (cmd == "") start = NR
			if (line ~ /\\$/) { cmd = cmd substr(line, 1, length(line) - 1) " "; next }
			cmd = cmd line
			if (cmd !~ /^[ \t]*(#|$)/) printf "%s\t%s:%d\t%s\n", kind, file, start, cmd
			cmd = ""
		}' "$src/$f"
	done
}
extract >"$tmp/commands.tsv"
n_run=$(grep -c '^run' "$tmp/commands.tsv")
n_kernel=$(grep -c '^kernel' "$tmp/commands.tsv")
[ "$n_run" -gt 0 ] && [ "$n_kernel" -gt 0 ] && ok ||
	fail "too few commands found: $n_run to run here, $n_kernel for a kernel tree"

# The sandbox the `sh` blocks run in.
sandbox=$tmp/sandbox
mkdir -p "$sandbox/drivers/foo" "$sandbox/include" "$sandbox/build"
cat >"$sandbox/drivers/foo/bar.c" <<'C'
void *vmalloc(unsigned long size);
#define PAGE_OFFSET 0xC0000000UL
#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET)
unsigned long bar_ring_phys(void)
{
	void *ring = vmalloc(4096);
	return __pa(ring);
}
C
printf '[{"directory": "%s", "file": "drivers/foo/bar.c", "command": "gcc -Iinclude -c -o drivers/foo/bar.o drivers/foo/bar.c"}]\n' \
	"$sandbox" >"$sandbox/build/compile_commands.json"

# run_all KIND DIR: every command of that kind, in DIR.
run_all() {
	grep "^$1	" "$tmp/commands.tsv" | while IFS='	' read -r kind where cmd; do
		status=0
		(cd "$2" && sh -c "$cmd") >"$tmp/out.txt" 2>&1 </dev/null || status=$?
		if [ "$status" -le 1 ]; then
			printf "ok (%s): %s: %s\n" "$status" "$where" "$cmd"
		else
			printf "FAIL: %s: exit %s: %s\n" "$where" "$status" "$cmd"
			sed 's/^/    /' "$tmp/out.txt" | head -20
		fi
	done
}

if [ "$mode" = kernel ]; then
	# Outputs the commands write (xc/, compile_commands.json, *.sarif) must
	# not exist yet: the test deletes only what it made.
	for made in xc xlatcheck.sarif compile_commands.json; do
		[ ! -e "$objtree/$made" ] || { echo "FAIL: $objtree/$made exists already"; exit 1; }
	done
	run_all kernel "$objtree" | tee "$tmp/kernel.log"
	(cd "$objtree" && rm -rf xc xlatcheck.sarif compile_commands.json)
	if grep -q '^FAIL' "$tmp/kernel.log"; then exit 1; fi
	echo "docs (kernel): $n_kernel commands passed"
	exit 0
fi

run_all run "$sandbox" >"$tmp/run.log"
cat "$tmp/run.log"
n_failed=$(grep -c '^FAIL' "$tmp/run.log")
fails=$((fails + n_failed))
pass=$((pass + n_run - n_failed))

grep '^setup' "$tmp/commands.tsv" | while IFS='	' read -r kind where cmd; do
	script=$(echo "$cmd" | awk '{ print $2 }')
	if [ -f "$src/$script" ] && sh -n "$src/$script"; then echo "ok: $where: $cmd"; else echo "FAIL: $where: no script $script"; fi
done >"$tmp/setup.log"
cat "$tmp/setup.log"
fails=$((fails + $(grep -c '^FAIL' "$tmp/setup.log")))

# --help and the man page agree: the options of their option lists.
man=$src/docs/xlatcheck.1
{ xlatcheck --help; xlatcheck merge --help; } |
	grep -Eo '^ +(-[a-z], )?(--[a-z][a-z-]*|-[a-z] )' | grep -Eo -- '--[a-z-]+|-[a-z]' | sort -u >"$tmp/help-options"
awk 'prev == ".TP" { print } { prev = $1 }' "$man" | sed 's/\\//g' |
	grep -Eo -- '(^|[ "])--?[a-z][a-z-]*' | grep -Eo -- '--?[a-z][a-z-]*' | sort -u >"$tmp/man-options"
missing=$(comm -23 "$tmp/help-options" "$tmp/man-options" | tr '\n' ' ')
extra=$(comm -13 "$tmp/help-options" "$tmp/man-options" | tr '\n' ' ')
[ -z "$missing" ] && ok || fail "options in --help but not in the man page: $missing"
[ -z "$extra" ] && ok || fail "options in the man page but not in --help: $extra"
xlatcheck --help | grep -q '%%' && fail "--help prints a literal %%" || ok

echo "docs: $pass passed, $fails failed ($n_kernel commands left for the kernel-docs test)"
[ "$fails" -eq 0 ]
