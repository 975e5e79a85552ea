/* The false branch of (is_vmalloc_addr(p) && flag) says nothing about p: the __pa after it is reported. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

phys_addr_t weak_guard(size_t n, bool strict)
{
	void *p = vmalloc(n);

	if (is_vmalloc_addr(p) && strict)
		return 0;
	return __pa(p); /* expect: vmalloc-to-linear */
}
