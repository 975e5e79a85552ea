/* Trap: if (is_vmalloc_addr(p) || in_area) vmalloc_to_page(p), then virt_to_page(p) after it: reached only with the guard false: clean. */
#include <linux/mm.h>

struct page *or_guard_then_clean(const void *p, bool in_area)
{
	if (is_vmalloc_addr(p) || in_area)
		return vmalloc_to_page(p);
	return virt_to_page(p);
}
