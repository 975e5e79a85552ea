#!/bin/sh
# Check the reference kernel's sources with xlatcheck, through one variant's
# compile database, and hold the result to what that variant is.
#
#   run-xlatcheck.sh XLATCHECK COMPDB_DIR REFERENCE_DIR EXPECT
#
# EXPECT flagged: exit status 1, and a warning
#     <path>/reference/kernel/cpu.c:LINE:COL: warning: ... [xlatcheck:percpu-to-linear]
#   with LINE inside setup_fixmap_gdt(), followed (before the next warning)
#   by a note: line that names get_cpu_gdt_rw, the path of the pointer.
# EXPECT clean: exit status 0 and no [xlatcheck:...] warning at all.
# A COMPDB_DIR ending in /embed must be the database built with embed as the
# default first chunk (-DREFK_PCPU_FC_DEFAULT=PCPU_FC_EMBED).
set -u

if [ $# -ne 4 ]; then
	echo "usage: $0 XLATCHECK COMPDB_DIR REFERENCE_DIR flagged|clean" >&2
	exit 2
fi
xlatcheck=$1 db=$2 src=$3 expect=$4

[ -f "$db/compile_commands.json" ] || {
	echo "FAIL: no $db/compile_commands.json"
	exit 1
}
# The embed database is the one built with embed as its default.
case $db in
*/embed)
	grep -q -e '-DREFK_PCPU_FC_DEFAULT=PCPU_FC_EMBED' "$db/compile_commands.json" || {
		echo "FAIL: $db/compile_commands.json does not make embed the default"
		exit 1
	}
	;;
esac
out=$("$xlatcheck" -p "$db" "$src/" 2>&1)
rc=$?

fails=0
fail() {
	echo "FAIL: $*"
	fails=$((fails + 1))
}

# The lines of setup_fixmap_gdt(), from its name to its closing brace.
range=$(awk '/^setup_fixmap_gdt\(/ { s = NR } s && /^}/ { print s, NR; exit }' "$src/kernel/cpu.c")
first=${range% *} last=${range#* }

case $expect in
flagged)
	[ "$rc" -eq 1 ] || fail "exit status $rc, want 1 (findings)"
	found=$(echo "$out" | awk -v first="$first" -v last="$last" '
		/: warning: / {
			inside = 0
			if ($0 ~ /\[xlatcheck:percpu-to-linear\]/ &&
			    match($0, /reference\/kernel\/cpu\.c:[0-9]+:[0-9]+: /)) {
				split(substr($0, RSTART, RLENGTH), f, ":")
				inside = (f[2] + 0 >= first && f[2] + 0 <= last)
			}
			next
		}
		inside && /note: / && /get_cpu_gdt_rw/ { print "yes"; exit }')
	[ "$found" = yes ] ||
		fail "no percpu-to-linear warning in setup_fixmap_gdt() (kernel/cpu.c:$first-$last) with a note through get_cpu_gdt_rw"
	;;
clean)
	[ "$rc" -eq 0 ] || fail "exit status $rc, want 0 (no findings)"
	if echo "$out" | grep -q ': warning: .*\[xlatcheck:'; then
		fail "xlatcheck reported findings in a kernel that has none of bug 1"
	fi
	;;
*)
	echo "$0: unknown expectation '$expect'" >&2
	exit 2
	;;
esac

if [ "$fails" -ne 0 ]; then
	echo "--- $xlatcheck -p $db $src/ (status $rc):"
	echo "$out"
	exit 1
fi
echo "ok: xlatcheck on $(basename "$db"): $expect"
exit 0
