/* Without CONFIG_SPARSEMEM_VMEMMAP (FLATMEM: i386's mem_map is in the linear map) a struct page pointer is linear memory: the same code as map-vmemmap-page.c is quiet. */
#include <linux/mm.h>
#include <asm/page.h>
#include <asm/io.h>

struct page *page_of_page(struct page *page)
{
	return virt_to_page(page);
}

phys_addr_t phys_of_folio(struct folio *folio)
{
	return __pa(page_address(&folio->page)) + virt_to_phys(folio);
}
