/* Trap: a guard kept in a bool, tested with ||: if (vm || big) vmalloc_to_page(p); else virt_to_page(p) runs only with vm false: clean. */
#include <linux/mm.h>

struct page *stored_or(const void *p, bool big)
{
	bool vm = is_vmalloc_addr(p);

	if (vm || big)
		return vmalloc_to_page(p);
	return virt_to_page(p);
}
