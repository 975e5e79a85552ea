/* A DEFINE_PER_CPU variable of a module lives in the percpu area, not in module memory: percpu only. */
/* check-flags: -DMODULE */
#include <linux/module.h>
#include <linux/percpu.h>

static DEFINE_PER_CPU(unsigned long, mod_events);

phys_addr_t events_phys(int cpu)
{
	return __pa(per_cpu_ptr(&mod_events, cpu)); /* expect: percpu-to-linear */
}

MODULE_LICENSE("GPL");
