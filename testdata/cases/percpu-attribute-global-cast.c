/* A global declared __percpu, even cast to unsigned long first (sparse exempts that cast). */
#include <linux/percpu.h>

static int __percpu *dyn_counts;

phys_addr_t counts_phys(void)
{
	return __pa((unsigned long)dyn_counts); /* expect: percpu-to-linear */
}

phys_addr_t counts_phys_right(int cpu)
{
	return per_cpu_ptr_to_phys(per_cpu_ptr(dyn_counts, cpu)); /* the sanitizer: clean */
}
