/* Trap: per_cpu_ptr_to_phys() over every CPU in a loop, stored into an array: clean. */
#include <linux/percpu.h>

struct cpu_page {
	char data[PAGE_SIZE];
};
DEFINE_PER_CPU_PAGE_ALIGNED(struct cpu_page, cpu_page);

void collect(phys_addr_t *out)
{
	int cpu;

	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		struct cpu_page *p = per_cpu_ptr(&cpu_page, cpu);

		out[cpu] = per_cpu_ptr_to_phys(p);
	}
}
