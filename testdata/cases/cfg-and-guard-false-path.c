/* if (is_vmalloc_addr(p) && !linear) vmalloc_to_page(p); else virt_to_page(p): the else branch is also reached with the guard true and `linear` set, so virt_to_page() there sees vmalloc memory. */
#include <linux/mm.h>

struct page *and_guard_else(const void *p, bool linear)
{
	struct page *page;

	if (is_vmalloc_addr(p) && !linear)
		page = vmalloc_to_page(p);
	else
		page = virt_to_page(p); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */
	return page;
}
