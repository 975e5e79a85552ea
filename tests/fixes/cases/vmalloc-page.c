/* vmalloc-to-linear, page family: virt_to_page() -> vmalloc_to_page(). */
#include <linux/vmalloc.h>
#include <linux/mm.h>

struct page *buffer_page(void)
{
	void *buf = vmalloc(4096);
	return virt_to_page(buf); /* fix: virt_to_page vmalloc_to_page */
}
