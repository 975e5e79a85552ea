/* Two vmalloc sources reaching one sink through different paths: one finding per (sink, region), not two. */
#include <linux/vmalloc.h>
#include <asm/page.h>

#define PA(x)	__pa(x)

phys_addr_t one_finding(size_t n, bool zero)
{
	void *p;

	if (zero)
		p = vzalloc(n);
	else
		p = vmalloc(n);
	return PA(p); /* expect: vmalloc-to-linear */
}
