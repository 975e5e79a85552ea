/* A function stored by assignment to a field (dev->ops.phys = f, p->cb = f) is called through that field. */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct dev_ops {
	phys_addr_t (*phys)(void *buf);
};

struct dev {
	struct dev_ops ops;
	void (*cb)(void *buf);
	void *buf;
};

static phys_addr_t dev_phys(void *buf)
{
	return __pa(buf);
}

static void dev_cb(void *buf)
{
	unsigned long pfn = __pa(buf) >> PAGE_SHIFT;

	(void)pfn;
}

void dev_init(struct dev *d)
{
	d->ops.phys = dev_phys;
	d->cb = &dev_cb;
}

phys_addr_t dev_start(struct dev *d)
{
	void *buf = vzalloc(8192);

	d->cb(buf); /* expect: vmalloc-to-linear */ /* expect-note: calls dev_cb() through dev::cb */
	return d->ops.phys(buf); /* expect: vmalloc-to-linear */ /* expect-note: calls dev_phys() through dev_ops::phys */
}
