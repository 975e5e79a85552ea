/* User macros around source macros/functions are sources: CPU_SLOT() wraps per_cpu_ptr, NEW_TABLE() wraps vzalloc. */
#include <linux/percpu.h>
#include <linux/vmalloc.h>
#include <asm/io.h>

struct slot {
	u32 v;
};
DEFINE_PER_CPU(struct slot, slot);

#define CPU_SLOT(c)	per_cpu_ptr(&slot, (c))
#define NEW_TABLE(n)	((u32 *)vzalloc((n) * sizeof(u32)))

phys_addr_t user_sources(int cpu, unsigned long n)
{
	u32 *t = NEW_TABLE(n);

	return virt_to_phys(CPU_SLOT(cpu)) /* expect: percpu-to-linear */
		+ virt_to_phys(t); /* expect: vmalloc-to-linear */
}
