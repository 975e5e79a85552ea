// SPDX-License-Identifier: GPL-2.0
/* Per-CPU pointers reaching linear-map-only translations.  A per-CPU
 * address is only in the linear map by accident of the allocator (first
 * chunk, embedded); per_cpu_ptr_to_phys() is the correct translation. */
#include <linux/percpu.h>
#include <linux/mm.h>
#include <linux/io.h>
#include "cases.h"

struct xc_counters {
	unsigned long hits[8];
};

static DEFINE_PER_CPU(struct xc_counters, xc_pcpu_counters);

/* this_cpu_ptr -> virt_to_phys */
phys_addr_t xc_this_cpu_ptr_to_phys(void)
{
	struct xc_counters *c = this_cpu_ptr(&xc_pcpu_counters);

	return virt_to_phys(c); /* expect: percpu-to-linear */
}

/* alloc_percpu -> per_cpu_ptr -> __pa */
phys_addr_t xc_alloc_percpu_pa(int cpu)
{
	struct xc_counters __percpu *all = alloc_percpu(struct xc_counters);
	struct xc_counters *mine;
	phys_addr_t pa;

	if (!all)
		return 0;
	mine = per_cpu_ptr(all, cpu);
	pa = __pa(mine); /* expect: percpu-to-linear */
	free_percpu(all);
	return pa;
}

/* Interprocedural: the helper returns a per-CPU pointer, its caller
 * translates it.  The finding is at the caller's translation. */
static noinline struct xc_counters *xc_my_counters(void)
{
	return this_cpu_ptr(&xc_pcpu_counters);
}

phys_addr_t xc_helper_caller(void)
{
	struct xc_counters *c = xc_my_counters();

	return virt_to_phys(c); /* expect: percpu-to-linear */
}

/* The right translation for a per-CPU pointer: clean. */
phys_addr_t xc_per_cpu_ptr_to_phys(int cpu)
{
	return per_cpu_ptr_to_phys(per_cpu_ptr(&xc_pcpu_counters, cpu));
}

/* A field declared __percpu holds a per-CPU cookie whoever filled it in
 * (another TU, here): translating the cookie itself is wrong too. */
struct xc_dev {
	struct xc_counters __percpu *stats;
};

phys_addr_t xc_percpu_field_pa(struct xc_dev *dev)
{
	return virt_to_phys(dev->stats); /* expect: percpu-to-linear */
}
