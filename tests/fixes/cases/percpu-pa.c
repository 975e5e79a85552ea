/* percpu-to-linear, phys family: __pa() -> per_cpu_ptr_to_phys(). */
#include <linux/percpu.h>
#include <asm/page.h>

static DEFINE_PER_CPU(int, counter);

unsigned long counter_phys(void)
{
	return __pa(this_cpu_ptr(&counter)); /* fix: __pa per_cpu_ptr_to_phys */
}
