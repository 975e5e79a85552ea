/* Trap: without CONFIG_HIGHMEM every page is in the linear map and kmap() is page_address(): the same translations are right. */
#include <linux/highmem.h>

struct page *mapped_page(struct page *page)
{
	void *va = kmap(page);

	return virt_to_page(va);
}

phys_addr_t local_phys(struct page *page, struct folio *folio)
{
	void *va = kmap_local_page(page);
	void *a = kmap_atomic(page);
	void *f = kmap_local_folio(folio, 0);

	return __pa(va) + __pa(a) + __pa(f);
}
