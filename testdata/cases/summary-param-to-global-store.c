/* Parameter -> global store: stash(p) stores into a global; the global then carries the caller's region. */
#include <linux/percpu.h>
#include <asm/page.h>

static void *stashed;

static void stash(void *p)
{
	stashed = p;
}

DEFINE_PER_CPU(long, cpu_long);

void producer(int cpu)
{
	stash(per_cpu_ptr(&cpu_long, cpu));
}

phys_addr_t consumer(void)
{
	return __pa(stashed); /* expect: percpu-to-linear */
}
