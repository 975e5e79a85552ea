/* A store whose target's base is a call (get_box(b)->buf = vmalloc(n)): the value's call node runs first, then the target's, then the store; the buffer read back from b->buf reaches virt_to_page(). */
#include <linux/vmalloc.h>
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
	get_box(b)->buf = vmalloc(n);
	return virt_to_page(b->buf); /* expect: vmalloc-to-linear */ /* expect-note: stored in field 'buf' of box */
}
