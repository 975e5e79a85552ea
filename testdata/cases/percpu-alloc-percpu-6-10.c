/* 6.10+ style: __alloc_percpu is alloc_hooks(pcpu_alloc_noprof(...)); alloc_percpu() still yields percpu memory. */
/* check-flags: -DXC_LINUX_6_10 -DCONFIG_MEM_ALLOC_PROFILING */
#include <linux/percpu.h>

struct counters {
	unsigned long hits;
};

phys_addr_t counters_phys(int cpu)
{
	struct counters __percpu *c = alloc_percpu(struct counters);

	return __pa(per_cpu_ptr(c, cpu)); /* expect: percpu-to-linear */
}
