/* 6.1's dma_common_vaddr_to_page() (kernel/dma/ops_helpers.c) with its two branches swapped: the translation inside the guard is a certain bug. */
#include <linux/mm.h>

struct page *dma_common_vaddr_to_page_swapped(void *cpu_addr)
{
	if (is_vmalloc_addr(cpu_addr))
		return virt_to_page(cpu_addr); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */
	return vmalloc_to_page(cpu_addr);
}
