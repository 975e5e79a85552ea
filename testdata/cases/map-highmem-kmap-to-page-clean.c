/* Trap: kmap_to_page() (out of line with CONFIG_HIGHMEM) is the right translation of a kmap address; keeping the page is right too. */
/* check-flags: -DCONFIG_HIGHMEM */
#include <linux/highmem.h>

struct page *back_to_page(struct page *page)
{
	void *va = kmap(page);
	void *lva = kmap_local_page(page);

	if (kmap_to_page(lva) != page)
		return 0;
	return __kmap_to_page(va);
}
