/* A guard kept in a bool, tested with &&: if (vm && small) vmalloc_to_page(p); else virt_to_page(p) also runs with vm true: vmalloc memory reaches virt_to_page(), and the path names the stored guard. */
#include <linux/mm.h>

struct page *stored_and(const void *p, bool small)
{
	bool vm = is_vmalloc_addr(p);

	if (vm && small)
		return vmalloc_to_page(p);
	return virt_to_page(p); /* expect: vmalloc-to-linear */ /* expect-note: 'vm' holds is_vmalloc_addr() of line 6, true here */
}
