/* Three levels of user macros around virt_to_page/__pa: still one finding, at the outermost invocation. */
#include <linux/percpu.h>
#include <linux/mm.h>

#define L1_PAGE(x)	virt_to_page(x)
#define L2_PFN(x)	page_to_pfn(L1_PAGE((x)))
#define L3_PHYS(x)	((phys_addr_t)L2_PFN(x) << PAGE_SHIFT)

DEFINE_PER_CPU(long, cpu_long);

phys_addr_t deep(int cpu)
{
	return L3_PHYS(per_cpu_ptr(&cpu_long, cpu)); /* expect: percpu-to-linear */
}
