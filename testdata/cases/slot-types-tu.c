/* A `void *` slot each user fills with an object of its own type, inside
 * one file (docs/summaries.md, "Slots"): a read converted to the type that
 * was stored sees the vmalloc'd buffer, a read converted to another type
 * does not, a read with no type (translated as it is) sees every store. */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct handle {
	void *private_data;
};

struct vbuf {
	char data[256];
};

struct kport {
	int id;
};

void vbuf_open(struct handle *h)
{
	struct vbuf *b = vmalloc(sizeof(*b));

	h->private_data = b;
}

unsigned long vbuf_phys(struct handle *h)
{
	struct vbuf *b = h->private_data;

	return __pa(b); /* expect: vmalloc-to-linear */
}

unsigned long kport_phys(struct handle *h)
{
	struct kport *p = h->private_data;

	return __pa(p);
}

unsigned long any_phys(struct handle *h)
{
	return __pa(h->private_data); /* expect: vmalloc-to-linear */
}
