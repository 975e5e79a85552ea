/* Trap: without CONFIG_VMAP_STACK (i386 defconfig) the stack is in the linear map: __pa(), virt_to_pfn() and virt_to_page() of a local are right. */
#include <linux/mm.h>
#include <asm/page.h>
#include <asm/xen/page.h>

phys_addr_t local_phys(struct page **pg, unsigned long *pfn)
{
	u32 req[4] = {0};

	*pg = virt_to_page(req);
	*pfn = virt_to_pfn(&req[1]);
	return __pa(req);
}
