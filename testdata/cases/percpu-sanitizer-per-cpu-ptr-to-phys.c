/* per_cpu_ptr_to_phys() is the correct translation of a percpu pointer: clean, also when handed to set_fixmap. */
#include <linux/percpu.h>
#include <asm/fixmap.h>

DEFINE_PER_CPU_PAGE_ALIGNED(char [PAGE_SIZE], cpu_ro_page);

void map_ro_page(int cpu)
{
	phys_addr_t pa = per_cpu_ptr_to_phys(per_cpu_ptr(cpu_ro_page, cpu));

	set_fixmap(FIX_RO_IDT, pa);
	__set_fixmap(FIX_TEXT_POKE0, per_cpu_ptr_to_phys(this_cpu_ptr(&cpu_ro_page)), PAGE_KERNEL_RO);
}
