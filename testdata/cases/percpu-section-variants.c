/* Every percpu section (.data..percpu and its ..page_aligned, ..read_mostly, ..shared_aligned suffixes; DECLARE too) is percpu. */
#include <linux/percpu.h>
#include <asm/io.h>

DEFINE_PER_CPU_PAGE_ALIGNED(char [PAGE_SIZE], exception_stack);
DEFINE_PER_CPU_READ_MOSTLY(int, cpu_number);
DEFINE_PER_CPU_SHARED_ALIGNED(unsigned long, cpu_state);
DECLARE_PER_CPU(unsigned long, cpu_flags);

void record(phys_addr_t *out)
{
	out[0] = __pa(exception_stack); /* expect: percpu-to-linear */
	out[1] = virt_to_phys(&cpu_number); /* expect: percpu-to-linear */
	out[2] = __pa(&cpu_state); /* expect: percpu-to-linear */
	out[3] = virt_to_phys(&cpu_flags); /* expect: percpu-to-linear */
}
