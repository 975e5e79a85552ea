/* Trap: if (p && is_vmalloc_addr(p)) vmalloc_to_page(p), else virt_to_page(p) only when the guard said no: clean. */
#include <linux/mm.h>

struct page *and_guard_then_clean(const void *p)
{
	if (p && is_vmalloc_addr(p))
		return vmalloc_to_page(p);
	if (p && !is_vmalloc_addr(p))
		return virt_to_page(p);
	return NULL;
}
