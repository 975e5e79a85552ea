/* Two heap objects of one struct from kzalloc(): one's field holds a vzalloc()'d buffer, the other's a kmalloc()'d one; __pa() of the kmalloc'd one is correct (fields are per object for what a call returned). */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

struct chunk {
	void *buf;
	size_t len;
};

unsigned long two_heap_chunks(size_t n)
{
	struct chunk *a = kzalloc(sizeof(*a), GFP_KERNEL);
	struct chunk *b = kzalloc(sizeof(*b), GFP_KERNEL);

	if (!a || !b)
		return 0;
	a->buf = vzalloc(n);
	b->buf = kmalloc(n, GFP_KERNEL);
	return __pa(b->buf);
}
