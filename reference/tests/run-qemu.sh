#!/bin/sh
# Boot a refk kernel once in QEMU and check the run against an expectation.
#
#   run-qemu.sh KERNEL SMP EXPECT WORKDIR [APPEND]
#
# APPEND is the kernel command line (QEMU -append), e.g. percpu_alloc=embed.
# Every run must first print the banner of the kernel that was asked for:
#   refk: variant=V percpu_alloc=M debug_virtual=on|off nr_cpus=8
# where KERNEL is .../<V>[-debug-virtual]/refk.elf and M is APPEND's
# percpu_alloc= (page if none): a mode that did not take fails the run.
# EXPECT is one of
#   pass              exit status 33 (isa-debug-exit 0x10), one
#                     "cpuN: online gdt=fixmap ro ok" line per CPU,
#                     "smp: N of N cpus online", no triple fault;
#   fixmap-pa-triple  bug 1: a triple fault, cpu0's GDT line says "via __pa
#                     (BUG)", no CPU online;
#   no-resync-triple  bug 2: a triple fault after cpu0 is online, while
#                     cpu1 boots, no AP online, and the first fault is a #PF
#                     in the vmalloc area (the unmapped percpu GDT);
#   pa-caught         CONFIG_DEBUG_VIRTUAL stops bug 1: exit status 35, no
#                     triple fault, no CPU online, and the line
#                     "debug_virtual: __pa(0xVA) called from 0xRA: ..." with
#                     VA in the vmalloc area and RA a return address inside
#                     setup_fixmap_gdt() (addr2line).
#   bad-param         the kernel refuses an unknown percpu_alloc= value:
#                     exit status 35, "Malformed early option", no banner.
# In every other expectation the run-time check must stay silent: no
# "debug_virtual:" line.
# A triple fault under -no-reboot exits QEMU with status 0, like a clean
# power-off: success is only ever status 33, and a triple fault is only
# ever QEMU's own "Triple fault" line in its -d cpu_reset log.
# QEMU runs under `timeout` ($REFK_QEMU_TIMEOUT, 30 s): a hang fails with a
# message.  Leaves serial.log and qemu.log in WORKDIR.  Exit 0 if as expected.
set -u

if [ $# -ne 4 ] && [ $# -ne 5 ]; then
	echo "usage: $0 KERNEL SMP EXPECT WORKDIR [APPEND]" >&2
	exit 2
fi
kernel=$1 smp=$2 expect=$3 dir=$4 append=${5-}
limit=${REFK_QEMU_TIMEOUT:-30}

build=$(basename "$(dirname "$kernel")")
case $build in
*-debug-virtual) variant=${build%-debug-virtual} dv=on ;;
*) variant=$build dv=off ;;
esac
mode=page
for w in $append; do
	case $w in
	percpu_alloc=*) mode=${w#percpu_alloc=} ;;
	esac
done

mkdir -p "$dir" || exit 2
serial=$dir/serial.log qlog=$dir/qemu.log
rm -f "$serial" "$qlog"

timeout "$limit" qemu-system-i386 -M pc -m 128M -smp "$smp" -kernel "$kernel" \
	-append "$append" -display none -monitor none -serial "file:$serial" -no-reboot \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 \
	-d int,cpu_reset -D "$qlog" </dev/null
rc=$?

fails=0
fail() {
	echo "FAIL: $*"
	fails=$((fails + 1))
}
has() { tr -d '\r' <"$serial" | grep -q -e "$1"; }
count() { tr -d '\r' <"$serial" | grep -c -e "$1"; }
triple() { grep -q '^Triple fault' "$qlog" 2>/dev/null; }

[ -f "$serial" ] || : >"$serial"
if [ "$rc" -eq 124 ]; then
	fail "QEMU did not finish within ${limit}s (a hang)"
fi
banner="refk: variant=$variant percpu_alloc=$mode debug_virtual=$dv nr_cpus=8"
if [ "$expect" != bad-param ]; then
	has "^$banner\$" || fail "no banner '$banner'"
fi
if [ "$expect" != pa-caught ] && [ "$expect" != bad-param ]; then
	! has '^debug_virtual: ' || fail "the run-time __pa() check stopped the kernel"
fi

case $expect in
pass)
	[ "$rc" -eq 33 ] || fail "exit status $rc, want 33 (refk: PASS)"
	n=$(count '^cpu[0-9]*: online gdt=fixmap ro ok$')
	[ "$n" -eq "$smp" ] || fail "$n CPUs online with the read-only GDT proof, want $smp"
	has "^smp: $smp of $smp cpus online$" || fail "no 'smp: $smp of $smp cpus online'"
	has '^refk: PASS$' || fail "no 'refk: PASS'"
	! triple || fail "QEMU logged a triple fault"
	;;
fixmap-pa-triple)
	[ "$rc" -eq 0 ] || fail "exit status $rc, want 0 (QEMU after a triple fault)"
	triple || fail "no triple fault in QEMU's log"
	has '^cpu0: gdt rw=.* via __pa (BUG)' || fail "no 'cpu0: gdt ... via __pa (BUG)' line"
	# #GP on __KERNEL_CS (error code 0x0008): the alias shows an all-zero GDT.
	grep -q ' v=0d e=0008 ' "$qlog" 2>/dev/null || fail "no #GP on selector 0x08 in QEMU's log"
	! has ': online' || fail "a CPU came online"
	;;
no-resync-triple)
	[ "$rc" -eq 0 ] || fail "exit status $rc, want 0 (QEMU after a triple fault)"
	triple || fail "no triple fault in QEMU's log"
	has 'NOT resynced after percpu (BUG)' || fail "no 'NOT resynced' line"
	has '^cpu0: online gdt=fixmap ro ok$' || fail "cpu0 did not come online first"
	has '^smp: booting cpu1 apicid=' || fail "cpu1 was never started"
	! has '^cpu[1-9]: ' || fail "an AP got as far as cpu_init()"
	# The AP's fault: a #PF (v=0e) in the vmalloc area, where its
	# percpu GDT is, raised by code in head.S (startup_32_smp).
	pf=$(grep ' v=0e .* CR2=\(d[0-9a-f]\|e[0-9a-f]\|f[0-e]\)' "$qlog" 2>/dev/null | head -n 1)
	ip=$(echo "$pf" | sed -n 's/.* pc=\([0-9a-f]*\) .*/\1/p')
	if [ -z "$ip" ]; then
		fail "no #PF in the vmalloc area in QEMU's log"
	else
		where=$(addr2line -e "$kernel" "$ip")
		case $where in
		*/head.S:*) ;;
		*) fail "the vmalloc #PF is at $where, not in head.S" ;;
		esac
	fi
	;;
pa-caught)
	[ "$rc" -eq 35 ] || fail "exit status $rc, want 35 (the kernel stopped itself)"
	! triple || fail "QEMU logged a triple fault"
	! has ': online' || fail "a CPU came online"
	has '^refk: FAIL kernel BUG in __phys_addr()' || fail "no 'refk: FAIL kernel BUG in __phys_addr()'"
	line=$(tr -d '\r' <"$serial" | grep '^debug_virtual: __pa(0x' | head -n 1)
	va=$(echo "$line" | sed -n 's/^debug_virtual: __pa(0x\([0-9a-f]*\)) called from 0x\([0-9a-f]*\): .*/\1/p')
	ra=$(echo "$line" | sed -n 's/^debug_virtual: __pa(0x\([0-9a-f]*\)) called from 0x\([0-9a-f]*\): .*/\2/p')
	if [ -z "$va" ] || [ -z "$ra" ]; then
		fail "no 'debug_virtual: __pa(0x...) called from 0x...' line"
	else
		case $va in
		d[0-9a-f]* | e[0-9a-f]* | f[0-e]*) ;;
		*) fail "__pa(0x$va) is not a vmalloc address" ;;
		esac
		# The return address points after the call: look up the call.
		where=$(addr2line -f -i -e "$kernel" "$(printf '0x%x' $((0x$ra - 1)))")
		case $where in
		setup_fixmap_gdt*) ;;
		*) fail "the caller 0x$ra is not in setup_fixmap_gdt(): $where" ;;
		esac
	fi
	;;
bad-param)
	[ "$rc" -eq 35 ] || fail "exit status $rc, want 35 (the kernel refused the option)"
	has "^refk: FAIL Malformed early option 'percpu_alloc': '$mode'\$" ||
		fail "no 'refk: FAIL Malformed early option 'percpu_alloc': '$mode''"
	! has '^refk: variant=' || fail "the kernel went on to boot"
	;;
*)
	echo "$0: unknown expectation '$expect'" >&2
	exit 2
	;;
esac

if [ "$fails" -ne 0 ]; then
	echo "--- serial log ($serial), QEMU exit status $rc:"
	tr -d '\r' <"$serial"
	echo "--- QEMU log ($qlog): $(grep -c . "$qlog" 2>/dev/null || echo 0) lines, last exceptions:"
	grep -e ' v=' -e 'Triple' "$qlog" 2>/dev/null | tail -n 5
	exit 1
fi
echo "ok: $build -smp $smp percpu_alloc=$mode: $expect (QEMU status $rc)"
exit 0
