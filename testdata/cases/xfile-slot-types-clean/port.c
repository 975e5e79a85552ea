/* ... and here another user's struct kport, read back as its own type:
 * the slot's cells are split by type, and what vbuf_open() stored as a
 * struct vbuf does not reach a read converted to struct kport *.  The
 * untyped read in kport_free() (kfree() takes any pointer) takes the type
 * the same function reads the same object's slot as. */
#include <linux/slab.h>
#include <asm/page.h>

struct handle {
	void *private_data;
};

struct kport {
	int id;
	char name[32];
};

unsigned long kport_phys(struct handle *h)
{
	struct kport *p = h->private_data;

	return __pa(p);
}

unsigned long kport_cast_phys(struct handle *h)
{
	return __pa((struct kport *)h->private_data);
}

unsigned long kport_free(struct handle *h)
{
	struct kport *p = h->private_data;
	unsigned long id = p->id;

	__pa(h->private_data);
	return id;
}
