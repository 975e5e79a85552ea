/* The counterpart of node-store-call-target: the store is of kmalloc() memory: quiet. */
#include <linux/slab.h>
#include <linux/mm.h>

struct box {
	void *buf;
};

static struct box *get_box(struct box *b)
{
	return b;
}

struct page *store_target(struct box *b, size_t n)
{
	get_box(b)->buf = kmalloc(n, GFP_KERNEL);
	return virt_to_page(b->buf);
}
