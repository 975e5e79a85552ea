/* The 2017 i386 hang, reduced: a per-CPU GDT mapped through __pa().  The
 * report tests attach hand-made findings to the @markers below. */
#include "kernel.h"

DEFINE_PER_CPU_PAGE_ALIGNED(struct gdt_page, gdt_page);

static struct desc_struct *get_cpu_gdt_rw(unsigned int cpu)
{
	return per_cpu(gdt_page, cpu).gdt; /* @gdt_source */
}

void setup_fixmap_gdt(int cpu)
{
	__set_fixmap(get_cpu_gdt_ro_index(cpu), __pa(get_cpu_gdt_rw(cpu)), /* @gdt_sink */
		     PAGE_KERNEL_RO);
}
