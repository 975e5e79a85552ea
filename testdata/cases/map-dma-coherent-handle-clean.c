/* Trap: a coherent DMA buffer used through its dma_addr_t, written by the CPU and freed with dma_free_coherent(), is not translated. */
#include <linux/dma-mapping.h>

dma_addr_t ring_setup(struct device *dev, size_t size, u32 **out)
{
	dma_addr_t handle;
	u32 *ring = dma_alloc_coherent(dev, size, &handle, GFP_KERNEL);

	if (!ring)
		return 0;
	ring[0] = (u32)handle;
	*out = ring;
	return handle;
}

void ring_teardown(struct device *dev, size_t size, u32 *ring, dma_addr_t handle)
{
	dma_free_coherent(dev, size, ring, handle);
}
