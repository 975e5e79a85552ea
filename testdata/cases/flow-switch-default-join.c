/* switch without default: the state at the switch joins the cases' states after it. */
#include <linux/percpu.h>
#include <linux/slab.h>
#include <asm/page.h>

DEFINE_PER_CPU(int, cpu_val);

phys_addr_t sel(int kind, int cpu)
{
	int *p = this_cpu_ptr(&cpu_val);

	switch (kind) {
	case 1:
		p = kmalloc(sizeof(*p), GFP_KERNEL);
		break;
	case 2:
		p = kzalloc(sizeof(*p), GFP_KERNEL);
		break;
	}
	return __pa(p); /* expect: percpu-to-linear */
}
