/* Inside if (virt_addr_valid(p)) the pointer is linear, whatever it was; outside it is not. */
#include <linux/percpu.h>
#include <linux/mm.h>

DEFINE_PER_CPU(char [32], cpu_name);

struct page *name_page(int cpu)
{
	char *p = per_cpu(cpu_name, cpu);

	if (virt_addr_valid(p))
		return virt_to_page(p);
	return virt_to_page(p + 1); /* expect: percpu-to-linear */
}
