/* per_cpu() is an lvalue located in percpu memory, so &per_cpu(..) points into percpu: __pa of it is wrong. */
#include <linux/percpu.h>

DEFINE_PER_CPU(unsigned long, irq_count);

phys_addr_t irq_count_phys(int cpu)
{
	return __pa(&per_cpu(irq_count, cpu)); /* expect: percpu-to-linear */
}
