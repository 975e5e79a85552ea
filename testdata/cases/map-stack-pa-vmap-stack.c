/* With CONFIG_VMAP_STACK the stack is vmalloc-mapped: __pa(), virt_to_pfn() and virt_to_page() of a local are wrong, and the path says why. */
/* check-flags: -DCONFIG_VMAP_STACK */
#include <linux/mm.h>
#include <asm/page.h>
#include <asm/xen/page.h>

phys_addr_t local_phys(struct page **pg, unsigned long *pfn)
{
	u32 req[4] = {0};

	*pg = virt_to_page(req); /* expect: stack-to-linear */ /* expect-note: applies with CONFIG_VMAP_STACK */
	*pfn = virt_to_pfn(&req[1]); /* expect: stack-to-linear */
	return __pa(req); /* expect: stack-to-linear */
}
