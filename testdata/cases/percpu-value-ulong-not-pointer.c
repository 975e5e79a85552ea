/* Trap: per_cpu(ulong_var, cpu) reads an unsigned long out of percpu memory; the value is not a percpu address. */
#include <linux/percpu.h>

/* Each CPU's copy holds a (linear) kernel address set up elsewhere. */
DEFINE_PER_CPU(unsigned long, cpu_entry_va);
struct cpu_info_like {
	unsigned long stack_va;
	int node;
};
DEFINE_PER_CPU(struct cpu_info_like, cpu_info_like);

phys_addr_t entry_phys(int cpu)
{
	phys_addr_t pa = __pa(per_cpu(cpu_entry_va, cpu));

	pa += __pa(per_cpu(cpu_info_like, cpu).stack_va);
	return pa;
}
