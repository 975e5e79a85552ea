/* The arms of guard-is-vmalloc-addr-dma-coherent-clean swapped: where
 * is_vmalloc_addr() is true the coherent buffer is remapped, and
 * virt_to_page() there is wrong. */
#include <linux/dma-mapping.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>

struct page *coherent_page_swapped(struct device *dev, size_t size, dma_addr_t *dma)
{
	void *vaddr = dma_alloc_attrs(dev, size, dma, GFP_KERNEL, 0);

	if (!is_vmalloc_addr(vaddr))
		return vmalloc_to_page(vaddr);
	return virt_to_page(vaddr); /* expect: vmalloc-to-linear */ /* expect: dma-coherent-to-linear */
}
