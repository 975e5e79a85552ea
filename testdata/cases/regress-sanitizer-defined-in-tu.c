/* A TU that defines a listed sanitizer (as mm/percpu.c defines per_cpu_ptr_to_phys() with __pa() inside): a call to it stays clean, its own body is not a finding (the parameter has no region), and a wrapper of the body's shape that is not listed is reported at its call. */
#include <linux/percpu.h>
#include <asm/page.h>

DEFINE_PER_CPU(int, counter);

phys_addr_t per_cpu_ptr_to_phys(void *addr)
{
	return __pa(addr);
}

static phys_addr_t not_a_sanitizer(void *addr)
{
	return __pa(addr);
}

phys_addr_t through_sanitizer(int cpu)
{
	return per_cpu_ptr_to_phys(per_cpu_ptr(&counter, cpu));
}

phys_addr_t through_wrapper(int cpu)
{
	return not_a_sanitizer(per_cpu_ptr(&counter, cpu)); /* expect: percpu-to-linear */ /* expect-note: passed to not_a_sanitizer() as argument 1 */
}
