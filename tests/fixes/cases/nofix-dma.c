/* vmalloc-to-linear, dma family: no one-name rewrite exists, so no fix. */
#include <linux/vmalloc.h>
#include <linux/dma-mapping.h>

dma_addr_t map(struct device *dev)
{
	void *buf = vmalloc(4096);
	return dma_map_single(dev, buf, 4096, DMA_TO_DEVICE);
}
