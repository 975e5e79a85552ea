/* With CONFIG_DEBUG_PREEMPT this_cpu_ptr() is SHIFT_PERCPU_PTR(ptr, my_cpu_offset) directly: still percpu. */
/* check-flags: -DCONFIG_DEBUG_PREEMPT */
#include <linux/percpu.h>

DEFINE_PER_CPU(int, softirq_pending);

phys_addr_t pending_phys(void)
{
	return __pa(this_cpu_ptr(&softirq_pending)); /* expect: percpu-to-linear */
}
