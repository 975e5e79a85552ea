/* WRITE_ONCE(dev->buf, kmalloc(n)): the field holds linear memory, __pa() of it is correct. */
#include <linux/compiler.h>
#include <linux/slab.h>
#include <asm/page.h>

struct dev {
	void *buf;
};

void dev_setup(struct dev *dev, size_t n)
{
	WRITE_ONCE(dev->buf, kmalloc(n, GFP_KERNEL));
}

unsigned long dev_buf_phys(struct dev *dev)
{
	return __pa(READ_ONCE(dev->buf));
}
