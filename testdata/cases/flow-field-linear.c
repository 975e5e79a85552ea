/* Trap: a field that only ever holds linear memory is clean. */
#include <linux/slab.h>
#include <linux/gfp.h>
#include <asm/page.h>

struct dev_ctx {
	void *dma_buf;
	unsigned long page_va;
};

void ctx_init(struct dev_ctx *c, size_t n)
{
	c->dma_buf = kmalloc(n, GFP_KERNEL | __GFP_DMA32);
	c->page_va = __get_free_page(GFP_KERNEL);
}

phys_addr_t ctx_phys(struct dev_ctx *c)
{
	return __pa(c->dma_buf) + __pa(c->page_va);
}
