/* With CONFIG_SPARSEMEM_VMEMMAP the memmap (the struct page array) is in the vmemmap area: virt_to_page(), __pa(), virt_to_phys() and virt_to_pfn() of a struct page or struct folio pointer are wrong, matched by the argument's type as written. */
/* check-flags: -DCONFIG_SPARSEMEM_VMEMMAP */
#include <linux/mm.h>
#include <asm/page.h>
#include <asm/io.h>
#include <asm/xen/page.h>

struct page *page_of_page(struct page *page)
{
	return virt_to_page(page); /* expect: vmemmap-to-linear */ /* expect-note: applies with CONFIG_SPARSEMEM_VMEMMAP */ /* expect-note: a struct page pointer */
}

phys_addr_t phys_of_page(struct page *page, const struct page *cpage)
{
	return __pa(page) /* expect: vmemmap-to-linear */
		+ virt_to_phys((void *)cpage); /* the cast is written: a void * (quiet) */
}

phys_addr_t phys_of_folio(struct folio *folio, struct page *pages)
{
	return virt_to_phys(folio) /* expect: vmemmap-to-linear */ /* expect-note: a struct folio pointer */
		+ virt_to_pfn(&pages[2]); /* expect: vmemmap-to-linear */
}
