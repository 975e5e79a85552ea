/* Trap: the same ops table called with kmalloc() memory, and a slot of the table nothing translates in, stay quiet. */
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

struct ring_ops {
	unsigned long (*size)(void *buf);
	phys_addr_t (*phys)(void *buf);
};

static unsigned long ring_size(void *buf)
{
	return 4096;
}

static phys_addr_t ring_phys(void *buf)
{
	return __pa(buf);
}

const struct ring_ops ring_ops = {
	.size = ring_size,
	.phys = ring_phys,
};

phys_addr_t ring_setup(const struct ring_ops *ops)
{
	void *buf = kmalloc(4096, GFP_KERNEL);
	void *vbuf = vmalloc(4096);

	return ops->phys(buf) + ops->size(vbuf);
}
