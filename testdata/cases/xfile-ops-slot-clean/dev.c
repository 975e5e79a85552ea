/* Cross-file (issue 8 item 3): a call through ring_ops::phys, a slot that
 * ring.c fills with ring_phys(), with kmalloc memory: clean. */
#include <linux/types.h>
#include <linux/slab.h>

struct ring_ops {
	phys_addr_t (*phys)(void *buf);
};

struct ring_dev {
	const struct ring_ops *ops;
};

phys_addr_t ring_setup(struct ring_dev *dev)
{
	void *buf = kmalloc(4096, GFP_KERNEL);
	return dev->ops->phys(buf);
}
