/* get_cpu_gdt_ro() (asm/desc.h) returns the fixmap alias of the GDT; its helper's summary makes it a fixmap source. */
#include <asm/desc.h>

phys_addr_t gdt_ro_phys(int cpu)
{
	return __pa(get_cpu_gdt_ro(cpu)); /* expect: fixmap-to-linear */
}
