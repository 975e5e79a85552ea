/* raw_cpu_ptr() is a percpu pointer too; virt_to_page() of it is wrong. */
#include <linux/percpu.h>
#include <linux/mm.h>

DEFINE_PER_CPU_PAGE_ALIGNED(char [PAGE_SIZE], cpu_scratch_page);

struct page *scratch_page(void)
{
	char *p = raw_cpu_ptr(cpu_scratch_page);

	return virt_to_page(p); /* expect: percpu-to-linear */
}
