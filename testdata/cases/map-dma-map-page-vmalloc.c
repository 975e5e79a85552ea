/* dma_map_page(dev, virt_to_page(p), ...) of a vmalloc buffer maps the wrong page: reported at virt_to_page(), and the path names dma_map_page() as what maps it. */
#include <linux/dma-mapping.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

dma_addr_t map_buf(struct device *dev, unsigned long size)
{
	void *buf = vmalloc(size);

	return dma_map_page(dev, virt_to_page(buf), 0, PAGE_SIZE, DMA_TO_DEVICE); /* expect: vmalloc-to-linear */ /* expect-text: dma_map_page() then maps the wrong physical page */
}

dma_addr_t map_attrs(struct device *dev, void *stackless, unsigned long size)
{
	void *buf = vzalloc(size);

	return dma_map_page_attrs(dev, virt_to_page(buf), 0, size, DMA_FROM_DEVICE, 0); /* expect: vmalloc-to-linear */ /* expect-note: mapped by dma_map_page_attrs() */
}
