/* Trap: nested ops tables (a nested initialiser, a chained designator) whose translating functions only get kmalloc() memory. */
#include <linux/slab.h>
#include <asm/page.h>

struct phys_ops {
	phys_addr_t (*phys)(void *buf);
	phys_addr_t (*pfn)(void *buf);
};

struct driver {
	const char *name;
	struct phys_ops ops;
};

static phys_addr_t drv_phys(void *buf)
{
	return __pa(buf);
}

static phys_addr_t drv_pfn(void *buf)
{
	return __pa(buf) >> PAGE_SHIFT;
}

struct driver drv_a = {
	.name = "a",
	.ops = { .phys = drv_phys },
};

struct driver drv_b = {
	.ops.pfn = drv_pfn,
};

phys_addr_t probe(struct driver *d)
{
	void *buf = kmalloc(64, GFP_KERNEL);

	return d->ops.phys(buf) + d->ops.pfn(buf);
}
