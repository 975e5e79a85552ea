/* Trap: field-sensitive: another field of the same struct, or a same-named field of another struct type, stays clean. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

struct ring {
	void *desc;
	void *shadow;
};
struct queue {
	void *desc;
};

void ring_init(struct ring *r, size_t n)
{
	r->shadow = vmalloc(n);
	r->desc = kmalloc(n, GFP_KERNEL);
}

phys_addr_t ring_desc_phys(struct ring *r, struct queue *q)
{
	return __pa(r->desc) + __pa(q->desc);
}
