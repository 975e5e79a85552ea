/* Two helpers store into the object their parameter points to, one a vmalloc()'d buffer, the other a kmalloc()'d one; __pa() of the field of an object the kmalloc helper set up (heap and local) is correct. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

struct foo {
	void *buf;
	size_t len;
};

static void setup_v(struct foo *f, size_t n)
{
	f->buf = vmalloc(n);
	f->len = n;
}

static void setup_k(struct foo *f, size_t n)
{
	f->buf = kmalloc(n, GFP_KERNEL);
	f->len = n;
}

unsigned long heap_foo(size_t n)
{
	struct foo *p = kzalloc(sizeof(*p), GFP_KERNEL);
	struct foo *q = kzalloc(sizeof(*q), GFP_KERNEL);

	if (!p || !q)
		return 0;
	setup_v(q, n);
	setup_k(p, n);
	return __pa(p->buf);
}

unsigned long local_foo(size_t n)
{
	struct foo x;

	setup_k(&x, n);
	return __pa(x.buf);
}
