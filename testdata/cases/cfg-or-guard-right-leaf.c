/* if (!p || is_vmalloc_addr(p)) ... else-less body translating p: the body runs on the guard's true leaf (and on !p): virt_to_page() there sees vmalloc memory. */
#include <linux/mm.h>

unsigned long or_right_leaf(const void *p)
{
	if (!p || likely(is_vmalloc_addr(p)))
		return page_to_pfn(virt_to_page(p)); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */
	return 0;
}
