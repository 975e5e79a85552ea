/* &var of a DEFINE_PER_CPU variable (no accessor at all) is an address in percpu space. */
#include <linux/percpu.h>

struct tss_like {
	u32 sp0;
	u32 ss0;
};
DEFINE_PER_CPU(struct tss_like, cpu_tss);

phys_addr_t tss_phys(void)
{
	return __pa(&cpu_tss); /* expect: percpu-to-linear */
}
