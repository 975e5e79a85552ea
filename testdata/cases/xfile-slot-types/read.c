/* ... and read back here as the same type, struct vbuf, and translated:
 * the typed cell of handle::private_data for struct vbuf carries it. */
#include <linux/types.h>
#include <asm/page.h>

struct handle {
	void *private_data;
};

struct vbuf {
	char data[256];
};

unsigned long vbuf_phys(struct handle *h)
{
	struct vbuf *b = h->private_data;

	return __pa(b); /* expect: vmalloc-to-linear */ /* expect-note: stored in field 'private_data' of handle */
}
