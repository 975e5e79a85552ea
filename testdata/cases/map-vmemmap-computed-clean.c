/* With CONFIG_SPARSEMEM_VMEMMAP, values computed from a struct page pointer are not memmap addresses: page_to_pfn() arithmetic, page_address() and pfn_to_page() results translate fine (the type is checked at the sink, it does not flow). */
/* check-flags: -DCONFIG_SPARSEMEM_VMEMMAP */
#include <linux/mm.h>
#include <asm/page.h>
#include <asm/io.h>

phys_addr_t frame_of(struct page *page)
{
	unsigned long pfn = page_to_pfn(page);
	void *data = page_address(page);
	void *lin = __va(pfn << PAGE_SHIFT);

	return __pa(data) + virt_to_phys(lin) + (virt_to_page(data) - page);
}
