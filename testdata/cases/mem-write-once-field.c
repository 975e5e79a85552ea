/* WRITE_ONCE(dev->buf, vzalloc(n)): the store through the typeof cast (*(volatile typeof(x) *)&(x) = v) is a store to the field; __pa() of the field later is reported. */
#include <linux/compiler.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

struct dev {
	void *buf;
};

void dev_setup(struct dev *dev, size_t n)
{
	WRITE_ONCE(dev->buf, vzalloc(n));
}

unsigned long dev_buf_phys(struct dev *dev)
{
	return __pa(READ_ONCE(dev->buf)); /* expect: vmalloc-to-linear */ /* expect-note: stored in field 'buf' of dev */
}
