/* Trap: dma_map_single of a kmalloc buffer is fine, even when the device structure itself came from vmalloc. */
#include <linux/dma-mapping.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>

dma_addr_t map_rx(size_t len)
{
	struct device *dev = vzalloc(sizeof(*dev));
	void *rx = kzalloc(len, GFP_KERNEL);

	return dma_map_single(dev, rx, len, DMA_FROM_DEVICE);
}
