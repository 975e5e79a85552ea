/* Trap: the same guard the right way round on a pointer of unknown origin: vmalloc_to_page() inside, virt_to_page() outside; clean. */
#include <linux/mm.h>

struct page *unknown_forwards(const void *p)
{
	if (is_vmalloc_addr(p))
		return vmalloc_to_page(p);
	return virt_to_page(p);
}
