/*
 * Per-CPU state of the processor itself: the GDT (arch/x86/kernel/cpu/common.c).
 *
 * A CPU's GDT goes through three homes:
 *   1. the template gdt_page in the kernel image (head.S loads it on the boot
 *      CPU; every offset is still 0),
 *   2. its own percpu copy, writable, in the vmalloc area (percpu_alloc=page)
 *      or the direct map (=embed) (switch_to_new_gdt() / startup_32_smp),
 *   3. a read-only alias of that copy in its fixmap slot (cpu_init()).
 * The alias keeps the GDT's own address from being a way to rewrite it.
 *
 * A read-only GDT is only safe because this kernel has no TSS, no task gate
 * and no ltr (the CPU writes the busy bit through the GDT), and because every
 * descriptor has its Accessed bit preset.  32-bit Linux kept its alias
 * writable for the first reason.
 */
#include "defs.h"
#include "x86.h"

DEFINE_PER_CPU_PAGE_ALIGNED(struct gdt_page, gdt_page) = { .gdt = {
	[GDT_ENTRY_KERNEL_CS] = GDT_ENTRY_INIT(DESC_KERNEL_CODE, 0, 0xfffff),
	[GDT_ENTRY_KERNEL_DS] = GDT_ENTRY_INIT(DESC_KERNEL_DATA, 0, 0xfffff),
	/* base = this CPU's __per_cpu_offset, set by setup_percpu_segment() */
	[GDT_ENTRY_PERCPU] = GDT_ENTRY_INIT(DESC_KERNEL_DATA, 0, 0xfffff),
} };

/*
 * Reload every segment register from the GDT just loaded.  Linux leaves the
 * cached descriptors alone; reloading here makes a bad GDT fail at once, in
 * the function that loaded it, instead of at some later interrupt.
 */
static void
reload_segments(void)
{
	asm volatile("ljmp %0, $1f\n"
		     "1:	movl %1, %%eax\n"
		     "	movl %%eax, %%ds\n"
		     "	movl %%eax, %%es\n"
		     "	movl %%eax, %%ss\n"
		     "	movl %2, %%eax\n"
		     "	movl %%eax, %%fs\n"
		     :
		     : "i"(__KERNEL_CS), "i"(__KERNEL_DS), "i"(__KERNEL_PERCPU)
		     : "eax", "memory");
}

/* Load the percpu GDT and with it this CPU's percpu segment. */
void
switch_to_new_gdt(int cpu)
{
	struct desc_ptr gdt_descr = { GDT_SIZE - 1, (unsigned long)get_cpu_gdt_rw(cpu) };

	load_gdt(&gdt_descr);
	reload_segments();
}

/* Setup the fixmap mapping only once per-processor */
static void
setup_fixmap_gdt(int cpu)
{
#ifdef REFK_BUG_FIXMAP_PA
	/*
	 * Bug 1, as merged in March 2017 ("x86: Remap GDT tables in the Fixmap
	 * section"): __pa() subtracts PAGE_OFFSET, which is right only in the
	 * direct map, and with percpu_alloc=page this GDT is in the vmalloc area.
	 */
	__set_fixmap(get_cpu_gdt_ro_index(cpu), __pa(get_cpu_gdt_rw(cpu)), PAGE_KERNEL_RO);
#else
	/* As Linux has it since: the physical address from the page tables. */
	__set_fixmap(get_cpu_gdt_ro_index(cpu), get_cpu_gdt_paddr(cpu), PAGE_KERNEL_RO);
#endif
}

#ifdef REFK_BUG_FIXMAP_PA
#define GDT_PADDR_VIA "__pa (BUG)"
#else
#define GDT_PADDR_VIA "per_cpu_ptr_to_phys"
#endif

/* Load the read-only fixmap GDT */
static void
load_fixmap_gdt(int cpu)
{
	struct desc_ptr gdt_descr = { GDT_SIZE - 1, (unsigned long)get_cpu_gdt_ro(cpu) };

	load_gdt(&gdt_descr);
	reload_segments();
}

/* Prove that this CPU runs on a read-only alias of its own GDT; NULL if so. */
static const char *
gdt_ro_selftest(int cpu)
{
	struct desc_struct *ro = get_cpu_gdt_ro(cpu);
	u8 *access = (u8 *)&ro[GDT_ENTRY_KERNEL_DS] + 5;
	struct desc_ptr cur;
	pte_t *pte;

	store_gdt(&cur);
	if (cur.address != (unsigned long)ro || cur.size != GDT_SIZE - 1)
		return "GDTR is not the fixmap alias";
	pte = lookup_address((unsigned long)ro);
	if (!pte || (*pte & _PAGE_RW))
		return "the alias is mapped writable";
	if (memcmp(ro, get_cpu_gdt_rw(cpu), GDT_SIZE))
		return "the alias and the percpu GDT differ";
	*this_cpu_ptr(&fixup_fault_addr) = 0;
	if (probe_write_byte(access) == 0)
		return "a write through the alias did not fault";
	if (this_cpu_read(fixup_fault_addr) != (unsigned long)access)
		return "the write faulted at the wrong address";
	if (probe_write_byte((u8 *)&get_cpu_gdt_rw(cpu)[GDT_ENTRY_KERNEL_DS] + 5) != 0)
		return "the percpu GDT is not writable";
	return NULL;
}

/* Each CPU, once: boot CPU from start_kernel(), APs from start_secondary(). */
void
cpu_init(void)
{
	int cpu = smp_processor_id();
	const char *err;

	setup_fixmap_gdt(cpu);
	printk("cpu%d: gdt rw=%p pa=0x%08x via %s actual=0x%08x fixmap=%p slot=%u\n", cpu,
	       get_cpu_gdt_rw(cpu), (unsigned)slow_virt_to_phys(get_cpu_gdt_ro(cpu)),
	       GDT_PADDR_VIA, (unsigned)slow_virt_to_phys(get_cpu_gdt_rw(cpu)),
	       get_cpu_gdt_ro(cpu), get_cpu_gdt_ro_index(cpu));
	load_fixmap_gdt(cpu);

	err = gdt_ro_selftest(cpu);
	if (err)
		panic("cpu%d: gdt self-test: %s", cpu, err);
	printk("cpu%d: online gdt=fixmap ro ok\n", cpu);
}
