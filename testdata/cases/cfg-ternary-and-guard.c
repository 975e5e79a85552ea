/* is_vmalloc_addr(p) && small ? vmalloc_to_page(p) : virt_to_page(p): the false arm is also reached with the guard true, so virt_to_page() there sees vmalloc memory. */
#include <linux/mm.h>

struct page *ternary_and(const void *p, bool small)
{
	return is_vmalloc_addr(p) && small ? vmalloc_to_page(p) : virt_to_page(p); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */
}
