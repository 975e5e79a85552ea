/* Trap: every path through the switch (default included) overwrites the percpu pointer with linear memory. */
#include <linux/percpu.h>
#include <linux/slab.h>
#include <asm/page.h>

DEFINE_PER_CPU(int, cpu_val);

phys_addr_t sel(int kind)
{
	int *p = this_cpu_ptr(&cpu_val);

	switch (kind) {
	case 1:
		p = kmalloc(sizeof(*p), GFP_KERNEL);
		break;
	default:
		p = kzalloc(sizeof(*p), GFP_KERNEL);
		break;
	}
	return __pa(p);
}
