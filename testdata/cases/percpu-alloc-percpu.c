/* alloc_percpu() and __alloc_percpu() return percpu pointers; so does per_cpu_ptr() of them. */
#include <linux/percpu.h>

struct counters {
	unsigned long hits;
};

phys_addr_t counters_phys(int cpu)
{
	struct counters __percpu *c = alloc_percpu(struct counters);
	void __percpu *raw = __alloc_percpu(64, 8);
	phys_addr_t pa;

	pa = __pa(per_cpu_ptr(c, cpu)); /* expect: percpu-to-linear */
	pa += __pa(c); /* expect: percpu-to-linear */
	pa += __pa(raw); /* expect: percpu-to-linear */
	return pa;
}
