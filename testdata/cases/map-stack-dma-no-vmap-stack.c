/* The DMA API forbids stack buffers on every config: dma_map_single() and sg_init_one() of a local are reported without CONFIG_VMAP_STACK. */
#include <linux/dma-mapping.h>
#include <linux/scatterlist.h>

dma_addr_t map_cmd(struct device *dev, struct scatterlist *sg)
{
	u8 cmd[16] = {0};
	u8 digest[32];

	sg_init_one(sg, digest, sizeof(digest)); /* expect: stack-to-linear */
	return dma_map_single(dev, cmd, sizeof(cmd), DMA_TO_DEVICE); /* expect: stack-to-linear */
}
