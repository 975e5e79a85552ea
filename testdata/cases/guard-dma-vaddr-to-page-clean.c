/* Trap: 6.1's dma_common_vaddr_to_page() (kernel/dma/ops_helpers.c) as written; clean. */
#include <linux/mm.h>

struct page *dma_common_vaddr_to_page(void *cpu_addr)
{
	if (is_vmalloc_addr(cpu_addr))
		return vmalloc_to_page(cpu_addr);
	return virt_to_page(cpu_addr);
}
