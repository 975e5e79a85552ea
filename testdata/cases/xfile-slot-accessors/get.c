/* ... and read back through a getter (as dev_get_drvdata()): the read
 * takes the type the getter's result is converted to.  The same type sees
 * the vmalloc'd buffer; another driver's type does not. */
#include <linux/types.h>
#include <asm/page.h>

struct handle {
	void *driver_data;
};

struct vbuf {
	char data[256];
};

struct kport {
	int id;
};

static inline void *handle_get(struct handle *h)
{
	return h->driver_data;
}

unsigned long vbuf_phys(struct handle *h)
{
	struct vbuf *b = handle_get(h);

	return __pa(b); /* expect: vmalloc-to-linear */ /* expect-note: handle_set() stores it in field 'driver_data' of handle */
}

unsigned long kport_phys(struct handle *h)
{
	struct kport *p = handle_get(h);

	return __pa(p);
}
