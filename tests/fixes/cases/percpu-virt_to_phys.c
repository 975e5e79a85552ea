/* percpu-to-linear, phys family: virt_to_phys() -> per_cpu_ptr_to_phys(). */
#include <linux/percpu.h>
#include <asm/io.h>

static DEFINE_PER_CPU(int, counter);

phys_addr_t counter_phys(int cpu)
{
	return virt_to_phys(per_cpu_ptr(&counter, cpu)); /* fix: virt_to_phys per_cpu_ptr_to_phys */
}
