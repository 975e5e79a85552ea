/* A field holds a vzalloc()'d buffer only on an early-return path; the path that goes on stores a kmalloc()'d buffer in it and translates that: correct (a store through a pointer to one object replaces what the field held on that path). */
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
		return d->buf ? 1 : -1;
	}
	d->buf = kmalloc(n, GFP_KERNEL);
	if (!d->buf)
		return -1;
	d->phys = __pa(d->buf);
	return 0;
}

unsigned long heap_dev_buf(size_t n)
{
	struct dev_buf *d = kzalloc(sizeof(*d), GFP_KERNEL);

	if (!d)
		return 0;
	if (n > 4096) {
		d->buf = vzalloc(n);
		return 0;
	}
	d->buf = kmalloc(n, GFP_KERNEL);
	return __pa(d->buf);
}
