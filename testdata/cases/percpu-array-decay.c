/* per_cpu() of an array variable decays to a pointer to its first element, located in percpu. */
#include <linux/percpu.h>
#include <linux/mm.h>

static DEFINE_PER_CPU(char [64], cpu_scratch);

struct page *scratch_page(int cpu)
{
	char *p = per_cpu(cpu_scratch, cpu);

	return virt_to_page(p); /* expect: percpu-to-linear */
}
