/* A call through an ops table filled by a designated initialiser is a call of the function stored there: its parameter sink makes the call a finding. */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct ring_ops {
	unsigned long (*size)(void *buf);
	phys_addr_t (*phys)(void *buf);
};

struct ring {
	const struct ring_ops *ops;
	void *buf;
};

static phys_addr_t ring_phys(void *buf)
{
	return __pa(buf);
}

static const struct ring_ops ring_ops = {
	.phys = ring_phys,
};

phys_addr_t ring_setup(struct ring *r)
{
	void *buf = vmalloc(4096);

	r->ops = &ring_ops;
	return r->ops->phys(buf); /* expect: vmalloc-to-linear */ /* expect-note: calls ring_phys() through ring_ops::phys */
}
