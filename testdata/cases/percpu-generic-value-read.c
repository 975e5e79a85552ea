/* Trap (asm-generic percpu): this_cpu_read()/per_cpu() of an unsigned long read its value; not percpu addresses. */
/* check-flags: -UCONFIG_X86 */
#include <linux/percpu.h>

DEFINE_PER_CPU(unsigned long, cpu_stack_top);

phys_addr_t stack_top_phys(int cpu)
{
	return __pa(this_cpu_read(cpu_stack_top)) + __pa(per_cpu(cpu_stack_top, cpu));
}
