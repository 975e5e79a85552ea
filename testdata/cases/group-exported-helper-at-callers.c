/* A helper other files may call (not static) has callers this TU does not show: its findings stay at the calls, even when every call here passes percpu memory. */
#include <linux/percpu.h>
#include <asm/page.h>

DEFINE_PER_CPU(long, first);
DEFINE_PER_CPU(long, second);

unsigned long to_phys(void *ptr)
{
	return __pa(ptr);
}

unsigned long one(int cpu)
{
	return to_phys(per_cpu_ptr(&first, cpu)); /* expect: percpu-to-linear */
}

unsigned long two(int cpu)
{
	return to_phys(per_cpu_ptr(&second, cpu)); /* expect: percpu-to-linear */
}
