/* dma_map_single() and dma_map_single_attrs(): argument 1 is the buffer, a linear-only translation. */
#include <linux/dma-mapping.h>
#include <linux/vmalloc.h>
#include <linux/percpu.h>

static DEFINE_PER_CPU(char [256], cpu_dma_buf);

dma_addr_t map_buffers(struct device *dev, size_t len)
{
	void *big = vmalloc(len);
	dma_addr_t a;

	a = dma_map_single(dev, big, len, DMA_TO_DEVICE); /* expect: vmalloc-to-linear */
	a |= dma_map_single_attrs(dev, this_cpu_ptr(&cpu_dma_buf), 256, DMA_FROM_DEVICE, 0); /* expect: percpu-to-linear */
	return a;
}
