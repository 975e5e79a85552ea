/*
 * Exceptions (arch/x86/kernel/traps.c, arch/x86/mm/extable.c).
 *
 * One IDT, shared by every CPU, for the 32 exception vectors; the kernel
 * never enables interrupts.  An exception is fatal unless the faulting
 * instruction has an entry in __ex_table: that is how the GDT self-test
 * writes to the read-only alias on purpose and lives.
 *
 * Note what a broken GDT does to this: delivering an exception loads
 * __KERNEL_CS from the GDT.  If the GDT is unmapped or zero, delivery itself
 * faults, then the double fault does, and the CPU resets (a triple fault).
 * Neither bug can reach trap(); QEMU's -d cpu_reset log is the witness.
 */
#include "defs.h"
#include "x86.h"

struct trap_frame {
	u32 edi, esi, ebp, esp_ignored, ebx, edx, ecx, eax;	/* pushal */
	u32 trapno, err;
	u32 eip, cs, eflags;					/* pushed by the CPU */
};

struct gate_struct {
	u16 offset_low;
	u16 segment;
	u16 bits;		/* 0x8e00: present, DPL 0, 32-bit interrupt gate */
	u16 offset_high;
};

struct exception_table_entry {
	unsigned long insn, fixup;
};

extern char trap_stubs[];
extern const struct exception_table_entry __start___ex_table[], __stop___ex_table[];

static struct gate_struct idt_table[32] __attribute__((aligned(8)));
struct desc_ptr idt_descr = { sizeof(idt_table) - 1, (unsigned long)idt_table };

/* Where the last fixed-up fault hit, for the self-test to check. */
DEFINE_PER_CPU(unsigned long, fixup_fault_addr);

void
trap_init(void)
{
	for (unsigned v = 0; v < ARRAY_SIZE(idt_table); v++) {
		unsigned long stub = (unsigned long)trap_stubs + 16 * v;

		idt_table[v] = (struct gate_struct){ stub & 0xFFFF, __KERNEL_CS, 0x8e00, stub >> 16 };
	}
	asm volatile("lidt %0" : : "m"(idt_descr));
}

static int
fixup_exception(struct trap_frame *tf)
{
	for (const struct exception_table_entry *e = __start___ex_table; e < __stop___ex_table;
	     e++) {
		if (e->insn == tf->eip) {
			tf->eip = e->fixup;
			return 1;
		}
	}
	return 0;
}

void trap(struct trap_frame *tf);	/* from trapasm.S */

void
trap(struct trap_frame *tf)
{
	unsigned long cr2 = read_cr2();

	if (tf->trapno == 14 && fixup_exception(tf)) {
		*this_cpu_ptr(&fixup_fault_addr) = cr2;
		return;
	}
	printk("trap: cpu%d vec=0x%02x err=0x%08x eip=0x%08x cr2=0x%08x\n", smp_processor_id(),
	       tf->trapno, tf->err, tf->eip, (unsigned)cr2);
	panic("unexpected exception %u", tf->trapno);
}

/*
 * Write *p back onto itself.  0 if the write went through, -1 if it faulted
 * (a #PF fixed up through __ex_table): the value is unchanged either way.
 */
int
probe_write_byte(volatile u8 *p)
{
	int ret = -1;
	u8 v = *p;

	asm volatile("1:	movb %2, %1\n"
		     "	movl $0, %0\n"
		     "2:\n"
		     "	.pushsection __ex_table, \"a\"\n"
		     "	.long 1b, 2b\n"
		     "	.popsection\n"
		     : "+r"(ret), "+m"(*p)
		     : "q"(v));
	return ret;
}
