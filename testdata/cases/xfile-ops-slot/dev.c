/* Cross-file (issue 8 item 3): a call through ring_ops::phys, a slot that
 * ring.c fills with ring_phys(). */
#include <linux/types.h>
#include <linux/vmalloc.h>

struct ring_ops {
	phys_addr_t (*phys)(void *buf);
};

struct ring_dev {
	const struct ring_ops *ops;
};

phys_addr_t ring_setup(struct ring_dev *dev)
{
	void *buf = vmalloc(4096);
	return dev->ops->phys(buf); /* expect: vmalloc-to-linear */ /* expect-note: ring_phys() */
}
