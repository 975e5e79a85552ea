/* Trap: without CONFIG_HIGHMEM every page is lowmem, so page_address() of a GFP_HIGHUSER page is its linear-map address and these translations are right (the same code as map-highmem-page-address.c, which reports them with CONFIG_HIGHMEM). */
#include <linux/mm.h>
#include <linux/gfp.h>
#include <asm/io.h>

phys_addr_t through_local(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER);
	void *va = page_address(page);

	return __pa(va);
}

struct page *movable_node(int nid)
{
	struct page *page = alloc_pages_node(nid, GFP_HIGHUSER_MOVABLE, 0);

	return virt_to_page(page_address(page));
}

phys_addr_t folios(void)
{
	struct folio *folio = folio_alloc(GFP_HIGHUSER, 0);

	return __pa(folio_address(folio)) + __pa(page_address(&folio->page));
}
