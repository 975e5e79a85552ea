/* Guards through &&: in if (p && !is_vmalloc_addr(p)) both conjuncts hold, so __pa(p) is clean. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

phys_addr_t and_guard(size_t n, bool want)
{
	void *p = vmalloc(n);

	if (p && !is_vmalloc_addr(p) && want)
		return __pa(p);
	return 0;
}
