/* Trap: if (!is_vmalloc_addr(p) && whole) virt_to_page(p): both hold in the branch, the guard said no: clean. */
#include <linux/mm.h>

struct page *not_guard_and(const void *p, bool whole)
{
	if (!is_vmalloc_addr(p) && whole)
		return virt_to_page(p);
	return NULL;
}
