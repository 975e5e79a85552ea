/* kmap_to_page() and __kmap_to_page() fall back to virt_to_page() for anything that is not a kmap address: wrong on vmalloc memory. */
/* check-flags: -DCONFIG_HIGHMEM */
#include <linux/highmem.h>
#include <linux/vmalloc.h>

struct page *buf_page(unsigned long size)
{
	void *buf = vmalloc(size);

	if (kmap_to_page(buf) == 0) /* expect: vmalloc-to-linear */ /* expect-text: vmalloc_to_page */
		return 0;
	return __kmap_to_page(buf); /* expect: vmalloc-to-linear */
}
