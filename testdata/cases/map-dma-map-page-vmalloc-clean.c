/* The right forms: vmalloc_to_page() for each page of a vmalloc buffer, into dma_map_page() or an sg table, then dma_map_sg(); a kmalloc'd or page-allocator buffer with virt_to_page() is fine too. */
#include <linux/dma-mapping.h>
#include <linux/scatterlist.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

int map_right(struct device *dev, struct scatterlist *sg, unsigned long size, dma_addr_t *out)
{
	void *buf = vmalloc(size);
	void *lin = kmalloc(size, GFP_KERNEL);

	*out = dma_map_page(dev, vmalloc_to_page(buf), 0, PAGE_SIZE, DMA_TO_DEVICE);
	sg_init_table(sg, 3);
	sg_set_page(&sg[0], vmalloc_to_page(buf), PAGE_SIZE, 0);
	sg_set_page(&sg[1], vmalloc_to_page(buf + PAGE_SIZE), PAGE_SIZE, 0);
	sg_set_page(&sg[2], virt_to_page(lin), PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 3, DMA_TO_DEVICE);
}
