/* The 2017 fix: get_cpu_gdt_paddr() translates with per_cpu_ptr_to_phys(); clean. */
#include <asm/desc.h>
#include <asm/fixmap.h>

void setup_fixmap_gdt(int cpu)
{
	pgprot_t prot = PAGE_KERNEL_RO;

	__set_fixmap(get_cpu_gdt_ro_index(cpu), get_cpu_gdt_paddr(cpu), prot);
}
