/* Grouping and the baseline: map_one() is called from every caller with
 * percpu memory, so its __pa() is one result with one path per call. */
#include <linux/percpu.h>
#include <asm/page.h>

DEFINE_PER_CPU(long, first);
DEFINE_PER_CPU(long, second);
DEFINE_PER_CPU(long, third);

static unsigned long map_one(void *ptr)
{
	return __pa(ptr);
}

unsigned long setup(int cpu)
{
	unsigned long sum = map_one(per_cpu_ptr(&first, cpu));
	sum += map_one(per_cpu_ptr(&second, cpu));
	/* NEW CALLER */
	return sum;
}
