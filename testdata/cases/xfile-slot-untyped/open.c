/* Cross-file (issue 8): a `void *` slot stored with a vmalloc'd struct
 * vbuf ... */
#include <linux/vmalloc.h>

struct handle {
	void *private_data;
};

struct vbuf {
	char data[256];
};

void vbuf_open(struct handle *h)
{
	struct vbuf *b = vmalloc(sizeof(*b));

	h->private_data = b;
}
