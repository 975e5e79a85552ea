/* Trap: page_address() and __get_free_pages() give linear addresses. */
#include <linux/mm.h>
#include <linux/gfp.h>
#include <asm/io.h>

phys_addr_t page_phys(void)
{
	struct page *pg = alloc_pages(GFP_KERNEL, 2);
	void *va = page_address(pg);
	unsigned long addr = __get_free_pages(GFP_KERNEL, 1);
	unsigned long one = __get_free_page(GFP_KERNEL);

	return __pa(va) + virt_to_phys((void *)addr) + __pa(one);
}
