/* Struct fields are tracked by (struct type, field name): h->mem = vzalloc(); __pa(h->mem), also in another function. */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct heap {
	void *mem;
	unsigned long size;
};

phys_addr_t heap_init(struct heap *h, unsigned long size)
{
	h->mem = vzalloc(size);
	h->size = size;
	return __pa(h->mem); /* expect: vmalloc-to-linear */
}

phys_addr_t heap_phys(struct heap *other)
{
	return __pa(other->mem); /* expect: vmalloc-to-linear */
}
