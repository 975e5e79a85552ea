/* A general helper: one caller passes linear (kmalloc) memory, so the helper is right and the two callers that pass percpu memory are the bugs: one finding at each of them, none at the helper. */
#include <linux/percpu.h>
#include <linux/slab.h>
#include <asm/page.h>

DEFINE_PER_CPU(long, first);
DEFINE_PER_CPU(long, second);

static unsigned long to_phys(void *ptr)
{
	return __pa(ptr);
}

unsigned long wrong_one(int cpu)
{
	return to_phys(per_cpu_ptr(&first, cpu)); /* expect: percpu-to-linear */
}

unsigned long wrong_two(int cpu)
{
	return to_phys(per_cpu_ptr(&second, cpu)); /* expect: percpu-to-linear */
}

unsigned long right(void)
{
	return to_phys(kmalloc(64, GFP_KERNEL));
}
