/* A sanitizer's result is a correct physical address or page: it stops the flow (page_address of it is linear). */
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <asm/fixmap.h>

phys_addr_t remap_first_page(size_t n)
{
	void *v = vmalloc(n);
	struct page *pg = vmalloc_to_page(v);
	void *lin = page_address(pg);
	phys_addr_t pa = PFN_PHYS(vmalloc_to_pfn(v));

	set_fixmap(FIX_TEXT_POKE0, pa);
	return __pa(lin);
}
