/* A coherent DMA buffer is linear memory or a remapping in the vmalloc
 * area: where is_vmalloc_addr() is false it is linear, and virt_to_page()
 * there is right (drivers/gpu/drm/ttm/ttm_pool.c's shape). */
#include <linux/dma-mapping.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>

struct page *coherent_page(struct device *dev, size_t size, dma_addr_t *dma)
{
	void *vaddr = dma_alloc_attrs(dev, size, dma, GFP_KERNEL, 0);

	if (is_vmalloc_addr(vaddr))
		return vmalloc_to_page(vaddr);
	return virt_to_page(vaddr); /* not in the vmalloc area: linear, clean */
}
