/* if (!is_vmalloc_addr(p) || whole) virt_to_page(p): the branch is also taken with the guard true when `whole` is set: vmalloc memory reaches virt_to_page(). */
#include <linux/mm.h>

struct page *not_guard_or(const void *p, bool whole)
{
	if (!is_vmalloc_addr(p) || whole)
		return virt_to_page(p); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */
	return vmalloc_to_page(p);
}
