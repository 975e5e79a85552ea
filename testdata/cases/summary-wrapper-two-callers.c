/* One wrapper, several call sites: each call passing a non-linear pointer is its own finding, with its region (CONFIG_VMAP_STACK: the stack is one of them). */
/* check-flags: -DCONFIG_VMAP_STACK */
#include <linux/percpu.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/mm.h>

DEFINE_PER_CPU(int, cpu_val);

static unsigned long pfn_of(void *p)
{
	return page_to_pfn(virt_to_page(p));
}

unsigned long callers(size_t n, int cpu)
{
	int local = 0;

	return pfn_of(per_cpu_ptr(&cpu_val, cpu)) /* expect: percpu-to-linear */
		+ pfn_of(kmalloc(n, GFP_KERNEL))
		+ pfn_of(&local) /* expect: stack-to-linear */
		+ pfn_of(vmalloc(n)); /* expect: vmalloc-to-linear */
}
