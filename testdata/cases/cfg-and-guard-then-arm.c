/* if (p && is_vmalloc_addr(p)) virt_to_page(p): the true branch of the && chain passed the guard, so the translation is a certain bug on a pointer of unknown origin, and its path names the guard. */
#include <linux/mm.h>

struct page *and_guard_then(const void *p)
{
	if (p && is_vmalloc_addr(p))
		return virt_to_page(p); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */
	return NULL;
}
