/* The branch where core_kernel_text() is false holds module or vmalloc
 * text: virt_to_page() there is wrong (the arms of __text_poke() swapped). */
#include <linux/moduleloader.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>

int core_kernel_text(unsigned long addr);

struct page *text_page_swapped(unsigned long size)
{
	void *addr = module_alloc(size);

	if (core_kernel_text((unsigned long)addr))
		return vmalloc_to_page(addr);
	return virt_to_page(addr); /* expect: module-to-linear */
}
