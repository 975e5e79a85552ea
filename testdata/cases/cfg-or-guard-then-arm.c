/* if (is_vmalloc_addr(p) || in_area) virt_to_page(p): the branch is taken when the guard is true, so the translation is a certain bug on a pointer of unknown origin (the || chain's first leaf decides that path). */
#include <linux/mm.h>

struct page *or_guard_then(const void *p, bool in_area)
{
	if (is_vmalloc_addr(p) || in_area)
		return virt_to_page(p); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */
	return NULL;
}
