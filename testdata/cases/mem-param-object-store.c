/* A helper stores a vmalloc()'d buffer into the object its parameter points to; the caller translates that field of its own object (heap and local) with __pa(): reported, the path names the helper's store. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

struct foo {
	void *buf;
	size_t len;
};

static void setup(struct foo *f, size_t n)
{
	f->buf = vmalloc(n);
	f->len = n;
}

unsigned long heap_foo(size_t n)
{
	struct foo *p = kzalloc(sizeof(*p), GFP_KERNEL);

	if (!p)
		return 0;
	setup(p, n);
	return __pa(p->buf); /* expect: vmalloc-to-linear */ /* expect-note: setup() stores it in field 'buf' of foo, what argument 1 points to */
}

unsigned long local_foo(size_t n)
{
	struct foo x;

	setup(&x, n);
	return __pa(x.buf); /* expect: vmalloc-to-linear */ /* expect-note: setup() stores it in field 'buf' of foo, what argument 1 points to */
}
