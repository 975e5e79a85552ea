/* Trap: if (is_vmalloc_addr(p) || force) vmalloc_to_page(p); else virt_to_page(p): the else branch is reached only with the guard false: clean. */
#include <linux/mm.h>

struct page *or_guard_else(const void *p, bool force)
{
	struct page *page;

	if (is_vmalloc_addr(p) || force)
		page = vmalloc_to_page(p);
	else
		page = virt_to_page(p);
	return page;
}
