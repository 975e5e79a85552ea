/* Trap: a field assigned a translating function, called with kmalloc() memory; another struct's field of the same name holds a harmless function. */
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

struct dev {
	phys_addr_t (*phys)(void *buf);
};

struct other {
	phys_addr_t (*phys)(void *buf);
};

static phys_addr_t dev_phys(void *buf)
{
	return __pa(buf);
}

static phys_addr_t other_phys(void *buf)
{
	return 0;
}

phys_addr_t start(struct dev *d, struct other *o)
{
	void *kbuf = kmalloc(64, GFP_KERNEL);
	void *vbuf = vmalloc(8192);

	d->phys = dev_phys;
	o->phys = other_phys;
	return d->phys(kbuf) + o->phys(vbuf);
}
