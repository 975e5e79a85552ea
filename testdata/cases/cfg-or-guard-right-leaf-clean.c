/* Trap: if (!p || likely(is_vmalloc_addr(p))) vmalloc_to_pfn(p), then virt_to_page(p) after it only with p set and the guard false: clean. */
#include <linux/mm.h>

unsigned long or_right_leaf_clean(const void *p)
{
	if (!p || likely(is_vmalloc_addr(p)))
		return p ? vmalloc_to_pfn(p) : 0;
	return page_to_pfn(virt_to_page(p));
}
