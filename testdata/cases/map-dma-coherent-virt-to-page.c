/* A coherent DMA buffer may be a vmap() address (dma-iommu, the remap path): virt_to_page() and __pa() of it are wrong. */
#include <linux/dma-mapping.h>
#include <asm/io.h>

struct page *ring_page(struct device *dev, size_t size, dma_addr_t *handle)
{
	void *ring = dma_alloc_coherent(dev, size, handle, GFP_KERNEL);

	return virt_to_page(ring); /* expect: dma-coherent-to-linear */ /* expect-note: dma_alloc_coherent */
}

phys_addr_t desc_phys(struct device *dev, size_t size, dma_addr_t *handle)
{
	void *desc = dmam_alloc_coherent(dev, size, handle, GFP_KERNEL);

	return __pa(desc); /* expect: dma-coherent-to-linear */ /* expect-text: dma_get_sgtable */
}
