/* virt_to_pfn() (x86: asm/xen/page.h, PFN_DOWN(__pa(v))) is a sink. */
#include <linux/vmalloc.h>
#include <asm/xen/page.h>

unsigned long vmap_first_pfn(struct page **pages, unsigned int count)
{
	void *va = vmap(pages, count, VM_MAP, PAGE_KERNEL);

	return virt_to_pfn(va); /* expect: vmap-to-linear */
}
