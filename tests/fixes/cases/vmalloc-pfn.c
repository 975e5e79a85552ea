/* vmalloc-to-linear, pfn family: virt_to_pfn() -> vmalloc_to_pfn(). */
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <asm/xen/page.h>

unsigned long buffer_pfn(void)
{
	void *buf = vmalloc(4096);
	return virt_to_pfn(buf); /* fix: virt_to_pfn vmalloc_to_pfn */
}
