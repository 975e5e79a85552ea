/* Inside if (is_vmalloc_addr(p)) the pointer IS vmalloc memory, whatever its origin: virt_to_page() there is a finding, and its path names the guard. */
#include <linux/mm.h>

struct page *unknown_backwards(const void *p)
{
	if (is_vmalloc_addr(p))
		return virt_to_page(p); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */
	return vmalloc_to_page(p);
}
