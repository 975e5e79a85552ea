/* Trap: arithmetic on the contents of percpu ints (per_cpu(..) + 1, this_cpu_read) is not percpu pointer arithmetic. */
#include <linux/percpu.h>

DEFINE_PER_CPU(int, cpu_slot);
DEFINE_PER_CPU(unsigned long, cpu_base_va);

phys_addr_t slot_phys(int cpu)
{
	unsigned long va = per_cpu(cpu_base_va, cpu) + per_cpu(cpu_slot, cpu) + 1;
	unsigned long va2 = this_cpu_read(cpu_base_va) * 2;

	return __pa(va) + __pa(va2) + __pa(__this_cpu_read(cpu_base_va));
}
