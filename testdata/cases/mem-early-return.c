/* A field is given a vzalloc()'d buffer on an early-return path and translated with __pa() there: reported, the path names that store. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

struct dev_buf {
	void *buf;
	unsigned long phys;
};

int dev_buf_init(struct dev_buf *d, size_t n, int big)
{
	if (big) {
		d->buf = vzalloc(n);
		d->phys = __pa(d->buf); /* expect: vmalloc-to-linear */ /* expect-note: stored in field 'buf' of dev_buf */
		return 1;
	}
	d->buf = kmalloc(n, GFP_KERNEL);
	d->phys = __pa(d->buf);
	return 0;
}
