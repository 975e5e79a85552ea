/*
 * Per-CPU areas: the first chunk (mm/percpu.c pcpu_embed_first_chunk and
 * pcpu_page_first_chunk, arch/x86/kernel/setup_percpu.c setup_per_cpu_areas).
 *
 * Each CPU gets its own copy of the .data..percpu template, a "unit".  Where
 * the units live is the boot parameter percpu_alloc=:
 *
 *   page   (refk's default) each unit is made of separate lowmem pages mapped
 *          one by one at VMALLOC_START + cpu * stride.  A unit is contiguous
 *          in virtual memory only: its pages sit wherever the allocator found
 *          them, and __pa() of a unit address is garbage.  This is what Linux
 *          does with percpu_alloc=page (and on NUMA i386 when embedding
 *          fails), and it is what made the 2017 __pa() in setup_fixmap_gdt()
 *          wrong.  The first unit's mapping needs a page table for PDE 834,
 *          which map_kernel_page() allocates in swapper_pg_dir only;
 *          initial_page_table sees it only after the next
 *          sync_initial_page_table().
 *   embed  (Linux's default) all units in one physically contiguous lowmem
 *          block, used through the direct map.  __pa() of a unit address is
 *          right, and the direct map's PDEs were in initial_page_table since
 *          the first sync: both 2017 bugs are there, and neither shows.
 */
#include "defs.h"
#include "memlayout.h"

/* The build may choose the default first chunk (-DREFK_PCPU_FC_DEFAULT=...). */
#ifndef REFK_PCPU_FC_DEFAULT
#define REFK_PCPU_FC_DEFAULT PCPU_FC_PAGE
#endif

const char *const pcpu_fc_names[PCPU_FC_NR] = {
	[PCPU_FC_EMBED] = "embed",
	[PCPU_FC_PAGE] = "page",
};

enum pcpu_fc pcpu_chosen_fc = REFK_PCPU_FC_DEFAULT;

/* Zero until set up: the boot CPU uses the template (BOOT_PERCPU_OFFSET). */
unsigned long __per_cpu_offset[NR_CPUS];

DEFINE_PER_CPU(int, cpu_number);
DEFINE_PER_CPU(unsigned long, this_cpu_off);

/* percpu_alloc=embed|page, from parse_early_param(); non-zero if malformed. */
int
percpu_alloc_setup(const char *str)
{
	for (int fc = 0; fc < PCPU_FC_NR; fc++) {
		if (!strcmp(str, pcpu_fc_names[fc])) {
			pcpu_chosen_fc = fc;
			return 0;
		}
	}
	return -1;
}

static unsigned long
pcpu_unit_pages(void)
{
	return (__per_cpu_end - __per_cpu_start) >> PAGE_SHIFT;
}

/* Every unit in one contiguous lowmem block, reached through the direct map. */
static void
pcpu_embed_first_chunk(void)
{
	unsigned long unit_size = pcpu_unit_pages() * PAGE_SIZE;
	char *base = __va(alloc_pages(nr_cpu_ids * pcpu_unit_pages()));

	for (int cpu = 0; cpu < nr_cpu_ids; cpu++) {
		char *unit = base + cpu * unit_size;

		memcpy(unit, __per_cpu_start, unit_size);
		__per_cpu_offset[cpu] = unit - __per_cpu_start;
	}
	printk("percpu: Embedded %u pages/cpu at 0x%08x (direct map)\n",
	       (unsigned)pcpu_unit_pages(), (unsigned)(unsigned long)base);
}

/* Each unit page by page, mapped into the vmalloc area. */
static void
pcpu_page_first_chunk(void)
{
	unsigned long unit_pages = pcpu_unit_pages();
	/* One unmapped guard page after each unit, as vmalloc leaves. */
	unsigned long unit_stride = (unit_pages + 1) * PAGE_SIZE;

	for (int cpu = 0; cpu < nr_cpu_ids; cpu++) {
		unsigned long unit = VMALLOC_START + cpu * unit_stride;

		for (unsigned long i = 0; i < unit_pages; i++) {
			phys_addr_t pa = alloc_page();

			memcpy(__va(pa), __per_cpu_start + i * PAGE_SIZE, PAGE_SIZE);
			map_kernel_page(swapper_pg_dir, unit + i * PAGE_SIZE, pa, PAGE_KERNEL);
		}
		__per_cpu_offset[cpu] = unit - (unsigned long)__per_cpu_start;
	}
	printk("percpu: %u 4K pages/cpu at 0x%08x (vmalloc)\n", (unsigned)unit_pages,
	       VMALLOC_START);
}

/* The base of __KERNEL_PERCPU in this CPU's own GDT is its offset. */
static void
setup_percpu_segment(int cpu)
{
	set_desc_base(&get_cpu_gdt_rw(cpu)[GDT_ENTRY_PERCPU], __per_cpu_offset[cpu]);
}

void
setup_per_cpu_areas(void)
{
	/*
	 * Nothing may have mapped the vmalloc area yet: bug 2 needs the page
	 * first chunk to be the first mapping under a new PDE.  Linux got this by
	 * luck of the memory layout; here it is checked.
	 */
	if (initial_page_table[pgd_index(VMALLOC_START)])
		panic("percpu: vmalloc already mapped before percpu set-up");
	printk("paging: initial_page_table pde[%u]=0 (vmalloc not yet mapped)\n",
	       (unsigned)pgd_index(VMALLOC_START));

	if (pcpu_chosen_fc == PCPU_FC_EMBED)
		pcpu_embed_first_chunk();
	else
		pcpu_page_first_chunk();
	for (int cpu = 0; cpu < nr_cpu_ids; cpu++) {
		per_cpu(this_cpu_off, cpu) = __per_cpu_offset[cpu];
		per_cpu(cpu_number, cpu) = cpu;
		setup_percpu_segment(cpu);
		printk("percpu: cpu%d unit=%p gdt=%p\n", cpu, per_cpu_ptr(&__per_cpu_start[0], cpu),
		       get_cpu_gdt_rw(cpu));
	}

#ifndef REFK_BUG_NO_RESYNC
	/*
	 * Sync back kernel address range again.  We already did this in
	 * paging_init(), but percpu data also needs to be available in the
	 * smpboot asm.  We can't reliably pick up percpu mappings using
	 * vmalloc_fault(), because exception dispatch needs percpu data.
	 * (Linux commit 23b2a4ddebdd, "x86/boot/32: Defer resyncing
	 * initial_page_table until per-cpu is set up", March 2017.)
	 */
	sync_initial_page_table();
	printk("paging: initial_page_table synced (percpu)\n");
#else
	/*
	 * Bug 2: before 23b2a4ddebdd the only sync was the one after
	 * paging_init(), so initial_page_table has no PDE for page-first-chunk
	 * units, and an AP's lgdt in startup_32_smp points into nothing.
	 * Embedded units are in the direct map, whose PDEs that first sync
	 * copied: then the bug is there and does no harm.
	 */
	printk("paging: initial_page_table NOT resynced after percpu (BUG)\n");
#endif
	printk("paging: initial_page_table pde[%u]=0x%08x\n", (unsigned)pgd_index(VMALLOC_START),
	       initial_page_table[pgd_index(VMALLOC_START)]);
}

/*
 * The physical address of a percpu pointer (mm/percpu.c).  The template and
 * an embedded first chunk are in the direct map, where __pa() is right; a
 * page first chunk is not, and only a page-table walk finds its pages.
 */
phys_addr_t
per_cpu_ptr_to_phys(void *addr)
{
	unsigned long va = (unsigned long)addr;

	if (va >= PAGE_OFFSET && va < PAGE_OFFSET + lowmem_end)
		return __pa(addr);
	return slow_virt_to_phys(addr);
}
