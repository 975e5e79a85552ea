/* CONFIG_DEBUG_VIRTUAL: __pa -> __phys_addr() is an out-of-line function; __pa, virt_to_page, virt_to_phys still sinks. */
/* check-flags: -DCONFIG_DEBUG_VIRTUAL */
#include <linux/percpu.h>
#include <linux/mm.h>
#include <asm/io.h>

DEFINE_PER_CPU(unsigned long, cpu_word);

void dbg_on(int cpu, phys_addr_t *pa, struct page **pg)
{
	unsigned long *w = per_cpu_ptr(&cpu_word, cpu);

	pa[0] = __pa(w); /* expect: percpu-to-linear */
	pa[1] = virt_to_phys(w); /* expect: percpu-to-linear */
	*pg = virt_to_page(w); /* expect: percpu-to-linear */
}
