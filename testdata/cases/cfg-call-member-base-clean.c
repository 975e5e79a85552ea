/* The counterpart of cfg-call-member-base: the field holds kmalloc() memory: quiet. */
#include <linux/slab.h>
#include <linux/mm.h>

struct box {
	void *buf;
};

static struct box *get_box(struct box *b)
{
	return b;
}

struct page *member_base(struct box *b, size_t n)
{
	b->buf = kmalloc(n, GFP_KERNEL);
	return virt_to_page(get_box(b)->buf);
}
