/* Adding per_cpu_offset(cpu) or __per_cpu_offset[cpu] to an address by hand makes a percpu pointer. */
#include <linux/percpu.h>

phys_addr_t area_phys(unsigned long base, int cpu)
{
	unsigned long addr = base + per_cpu_offset(cpu);

	return __pa(addr); /* expect: percpu-to-linear */
}

phys_addr_t area_phys2(char *base, int cpu)
{
	return __pa(base + __per_cpu_offset[cpu]); /* expect: percpu-to-linear */
}
