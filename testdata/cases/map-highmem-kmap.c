/* With CONFIG_HIGHMEM, kmap(), kmap_atomic(), kmap_local_page() and kmap_local_folio() addresses are pkmap or fixmap slots, not the linear map. */
/* check-flags: -DCONFIG_HIGHMEM */
#include <linux/highmem.h>
#include <asm/xen/page.h>

struct page *mapped_page(struct page *page)
{
	void *va = kmap(page);

	return virt_to_page(va); /* expect: highmem-to-linear */ /* expect-note: applies with CONFIG_HIGHMEM */
}

phys_addr_t local_phys(struct page *page)
{
	void *va = kmap_local_page(page);

	return __pa(va); /* expect: highmem-to-linear */ /* expect-note: kmap_local_page */
}

unsigned long atomic_pfn(struct page *page, struct folio *folio)
{
	void *a = kmap_atomic(page);
	void *f = kmap_local_folio(folio, 0);

	return virt_to_pfn(a) /* expect: highmem-to-linear */
		+ virt_to_pfn(f); /* expect: highmem-to-linear */
}
