/* this_cpu_ptr() on x86 SMP is raw_cpu_ptr() -> arch_raw_cpu_ptr(), an inline asm "add" of this_cpu_off: still percpu. */
#include <linux/percpu.h>

struct cpu_area {
	char buf[128];
};
DEFINE_PER_CPU(struct cpu_area, cpu_area);

phys_addr_t this_area_phys(void)
{
	struct cpu_area *a = this_cpu_ptr(&cpu_area);

	return __pa(a->buf); /* expect: percpu-to-linear */
}
