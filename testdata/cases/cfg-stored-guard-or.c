/* A guard kept in a bool, tested with ||: if (vm || big) virt_to_page(p) runs with vm true: vmalloc memory reaches virt_to_page(), and the path names the stored guard. */
#include <linux/mm.h>

struct page *stored_or_bug(const void *p, bool big)
{
	bool vm = is_vmalloc_addr(p);

	if (vm || big)
		return virt_to_page(p); /* expect: vmalloc-to-linear */ /* expect-note: 'vm' holds is_vmalloc_addr() of line 6, true here */
	return vmalloc_to_page(p);
}
