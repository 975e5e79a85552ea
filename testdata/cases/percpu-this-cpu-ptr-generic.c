/* The asm-generic this_cpu_ptr(): SHIFT_PERCPU_PTR(ptr, __my_cpu_offset) arithmetic, no asm. */
/* check-flags: -UCONFIG_X86 */
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
