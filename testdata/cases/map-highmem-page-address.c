/* With CONFIG_HIGHMEM, a page allocated with __GFP_HIGHMEM (GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_KERNEL | __GFP_HIGHMEM) may be highmem: page_address() of it is NULL, or its kmap address while it is kmapped, never a linear-map address. */
/* check-flags: -DCONFIG_HIGHMEM */
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/highmem.h>
#include <asm/io.h>
#include <asm/xen/page.h>

struct ring {
	struct page *page;
};

phys_addr_t through_local(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER);
	void *va = page_address(page);

	return __pa(va); /* expect: highmem-to-linear */ /* expect-note: alloc_pages() with __GFP_HIGHMEM may return a highmem page */ /* expect-note: page_address() of a page that may be highmem */ /* expect-note: applies with CONFIG_HIGHMEM */
}

struct page *movable_node(int nid)
{
	struct page *page = alloc_pages_node(nid, GFP_HIGHUSER_MOVABLE, 0);

	return virt_to_page(page_address(page)); /* expect: highmem-to-linear */ /* expect-note: alloc_pages_node() with __GFP_HIGHMEM */
}

phys_addr_t kernel_or_highmem(void)
{
	return virt_to_phys(page_address(alloc_pages(GFP_KERNEL | __GFP_HIGHMEM, 2))); /* expect: highmem-to-linear */
}

static struct page *buffer_page(void)
{
	return alloc_page(GFP_HIGHUSER);
}

phys_addr_t through_helper(void)
{
	return __pa(page_address(buffer_page())); /* expect: highmem-to-linear */ /* expect-note: buffer_page() returns it */
}

void fill_ring(struct ring *r)
{
	r->page = alloc_page(GFP_HIGHUSER);
}

unsigned long through_field(struct ring *r)
{
	return virt_to_pfn(page_address(r->page)); /* expect: highmem-to-linear */
}

phys_addr_t folios(void)
{
	struct folio *folio = folio_alloc(GFP_HIGHUSER, 0);

	return __pa(folio_address(folio)) /* expect: highmem-to-linear */ /* expect-note: folio_alloc() with __GFP_HIGHMEM */ /* expect-note: folio_address() of a folio that may be highmem */
		+ __pa(page_address(&folio->page)); /* expect: highmem-to-linear */
}

/* Where PageHighMem() is true, the page is highmem for sure. */
phys_addr_t highmem_checked(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER);

	if (PageHighMem(page))
		return __pa(page_address(page)); /* expect: highmem-to-linear */
	return 0;
}

/* vmalloc allocates its pages with __GFP_HIGHMEM: the old kvirt_to_pa() of
 * video drivers (drivers/staging/media/deprecated/cpia2 in 6.1). */
unsigned long kvirt_to_pa(unsigned long adr)
{
	unsigned long kva, ret;

	kva = (unsigned long)page_address(vmalloc_to_page((void *)adr));
	kva |= adr & (PAGE_SIZE - 1);
	ret = __pa(kva); /* expect: highmem-to-linear */ /* expect-note: vmalloc_to_page() may return a highmem page */
	return ret;
}
