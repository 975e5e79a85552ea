/* One sink reached by a percpu and a vmalloc pointer: two findings (two rule ids) on one line. */
#include <linux/percpu.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

DEFINE_PER_CPU(char [128], cpu_scratch);

phys_addr_t scratch_phys(size_t n, bool big)
{
	void *p = big ? vmalloc(n) : (void *)this_cpu_ptr(&cpu_scratch);

	return __pa(p); /* expect: percpu-to-linear, vmalloc-to-linear */
}
