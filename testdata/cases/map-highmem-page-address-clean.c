/* Trap: with CONFIG_HIGHMEM, pages that cannot be highmem (GFP_KERNEL, GFP_ATOMIC) have a linear-map address, and the right translations of a page that may be highmem (page_to_phys(), page_to_pfn(), kmap_to_page() of its kmap address) are quiet; the struct page pointer itself is in the linear map (FLATMEM mem_map). */
/* check-flags: -DCONFIG_HIGHMEM */
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/highmem.h>
#include <asm/io.h>

phys_addr_t kernel_page(void)
{
	struct page *page = alloc_page(GFP_KERNEL);
	void *va = page_address(page);

	return __pa(va) + virt_to_phys(page_address(alloc_pages(GFP_ATOMIC | __GFP_ZERO, 1)));
}

struct page *kernel_folio(void)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 0);

	return virt_to_page(folio_address(folio));
}

phys_addr_t highmem_page_right(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER);
	void *va = kmap_local_page(page);
	struct page *back = kmap_to_page(va);

	return page_to_phys(page) + (page_to_pfn(back) << PAGE_SHIFT) + __pa(page);
}

/* kmap()'s own test: a page that is not highmem has a linear-map address. */
phys_addr_t lowmem_checked(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER);

	if (PageHighMem(page))
		return page_to_phys(page);
	return __pa(page_address(page));
}

/* The right translation of a vmalloc address: the page, not its address. */
phys_addr_t vmalloc_phys(const void *v)
{
	return page_to_phys(vmalloc_to_page(v)) + offset_in_page(v);
}
