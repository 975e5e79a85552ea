/* Trap: kmalloc/kzalloc/kcalloc memory is linear: __pa, virt_to_page, sg_set_buf and dma_map_single are all fine. */
#include <linux/slab.h>
#include <linux/scatterlist.h>
#include <linux/dma-mapping.h>

dma_addr_t kmalloc_users(struct device *dev, struct scatterlist *sg, size_t n)
{
	void *a = kmalloc(n, GFP_KERNEL);
	u32 *b = kzalloc(n, GFP_ATOMIC);
	u64 *c = kcalloc(n, sizeof(*c), GFP_KERNEL);
	struct page *pg = virt_to_page(b);

	sg_set_buf(sg, c, n);
	(void)pg;
	return __pa(a) + dma_map_single(dev, a, n, DMA_TO_DEVICE);
}
