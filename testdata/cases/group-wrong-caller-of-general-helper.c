/* Two levels: to_phys() is a general helper (one caller passes kmalloc memory), but every call of map_area() passes percpu memory, so the two paths through map_area() are one finding at its call to the helper, and the direct wrong caller keeps its own. */
#include <linux/percpu.h>
#include <linux/slab.h>
#include <asm/page.h>

DEFINE_PER_CPU(long, first);
DEFINE_PER_CPU(long, second);
DEFINE_PER_CPU(long, third);

static unsigned long to_phys(void *ptr)
{
	return __pa(ptr);
}

static unsigned long map_area(void *area)
{
	return to_phys(area); /* expect: percpu-to-linear */ /* expect-note: also reached from 1 other call site: */
}

unsigned long setup(int cpu)
{
	return map_area(per_cpu_ptr(&first, cpu)) + map_area(per_cpu_ptr(&second, cpu));
}

unsigned long direct(int cpu)
{
	return to_phys(per_cpu_ptr(&third, cpu)); /* expect: percpu-to-linear */
}

unsigned long right(void)
{
	return to_phys(kmalloc(64, GFP_KERNEL));
}
