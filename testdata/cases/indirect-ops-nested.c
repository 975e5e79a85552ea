/* Ops tables nested in a struct, by a nested initialiser and by a chained designator, store into the inner field. */
#include <linux/vmalloc.h>
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
	void *buf = vmalloc(4096);

	return d->ops.phys(buf) /* expect: vmalloc-to-linear */ /* expect-note: calls drv_phys() through phys_ops::phys */
		+ d->ops.pfn(buf); /* expect: vmalloc-to-linear */ /* expect-note: calls drv_pfn() through phys_ops::pfn */
}
