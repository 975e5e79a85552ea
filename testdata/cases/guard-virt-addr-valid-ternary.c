/* virt_addr_valid(p) ? virt_to_page(p) : NULL is clean for a percpu p. */
#include <linux/percpu.h>
#include <linux/mm.h>

DEFINE_PER_CPU(char [64], cpu_msg);

struct page *msg_page(int cpu)
{
	char *p = per_cpu(cpu_msg, cpu);

	return virt_addr_valid(p) ? virt_to_page(p) : NULL;
}
