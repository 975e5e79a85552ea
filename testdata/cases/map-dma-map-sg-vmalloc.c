/* dma_map_sg() of a table built from vmalloc pages with sg_set_page(sg, virt_to_page(p), ...) or sg_set_buf(): reported where the wrong page enters the table (the engine does not follow the table into dma_map_sg()); sg_set_page() is named as what takes the wrong page. */
#include <linux/dma-mapping.h>
#include <linux/scatterlist.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

int map_table(struct device *dev, struct scatterlist *sg, unsigned long size)
{
	void *buf = vmalloc(size);
	void *more = vmalloc(size);

	sg_init_table(sg, 2);
	sg_set_page(&sg[0], virt_to_page(buf), PAGE_SIZE, 0); /* expect: vmalloc-to-linear */ /* expect-text: sg_set_page() then maps the wrong physical page */
	sg_set_buf(&sg[1], more, PAGE_SIZE); /* expect: vmalloc-to-linear */
	return dma_map_sg(dev, sg, 2, DMA_TO_DEVICE);
}
