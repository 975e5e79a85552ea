/* Cross-file (issue 8): a `void *` slot filled through a setter (as
 * dev_set_drvdata() fills device::driver_data): the store keeps the type
 * the argument had before it was passed as `void *` ... */
#include <linux/vmalloc.h>

struct handle {
	void *driver_data;
};

struct vbuf {
	char data[256];
};

static inline void handle_set(struct handle *h, void *data)
{
	h->driver_data = data;
}

void vbuf_attach(struct handle *h)
{
	struct vbuf *b = vmalloc(sizeof(*b));

	handle_set(h, b);
}
