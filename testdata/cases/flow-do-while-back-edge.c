/* do/while: the back edge carries the pointer assigned at the end of the body to the use at its start. */
#include <linux/percpu.h>
#include <linux/slab.h>
#include <linux/mm.h>

DEFINE_PER_CPU(char [64], cpu_chunk);

unsigned long walk(int cpu, int n)
{
	char *p = kmalloc(64, GFP_KERNEL);
	unsigned long pfns = 0;

	do {
		pfns += page_to_pfn(virt_to_page(p)); /* expect: percpu-to-linear */
		p = per_cpu(cpu_chunk, cpu);
	} while (--n);
	return pfns;
}
