/* A call as the base of a member access (get_box(b)->buf) is a call node: its result, the object its parameter points to, is where the field is read, so the vmalloc() buffer stored there reaches virt_to_page(). */
#include <linux/vmalloc.h>
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
	b->buf = vmalloc(n);
	return virt_to_page(get_box(b)->buf); /* expect: vmalloc-to-linear */ /* expect-note: read back from field 'buf' */
}
