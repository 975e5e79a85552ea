/* One user macro holding both the source and the sink: reported at its invocation. */
#include <asm/desc.h>

#define GDT_PA(c)	__pa(get_cpu_gdt_rw(c))

phys_addr_t gdt_pa(int cpu)
{
	return GDT_PA(cpu); /* expect: percpu-to-linear */
}
