/* One root cause, one result: a static helper whose every call passes percpu memory is reported once, at its __pa() (the line to fix), with one path per call site; a call in a constant-false branch is dead code and does not count. */
#include <linux/percpu.h>
#include <asm/page.h>

DEFINE_PER_CPU(long, first);
DEFINE_PER_CPU(long, second);
DEFINE_PER_CPU(long, third);

static unsigned long map_one(void *ptr)
{
	return __pa(ptr); /* expect: percpu-to-linear */ /* expect-note: also reached from 2 other call sites: */ /* expect-note: fix-it: replace "__pa" with "per_cpu_ptr_to_phys" */
}

unsigned long setup(int cpu)
{
	unsigned long sum = map_one(per_cpu_ptr(&first, cpu));
	sum += map_one(per_cpu_ptr(&second, cpu));
	if (0)
		sum += map_one(per_cpu_ptr(&third, cpu));
	return sum;
}

unsigned long setup_third(int cpu)
{
	return map_one(per_cpu_ptr(&third, cpu));
}
