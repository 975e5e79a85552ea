/* A function pointer copied out of an ops table (fp = ops->phys) holds what the table's field holds. */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct map_ops {
	unsigned long (*map)(void *buf);
};

static unsigned long map_direct(void *buf)
{
	return __pa(buf);
}

const struct map_ops direct_ops = { .map = map_direct };

unsigned long xfer(const struct map_ops *ops)
{
	unsigned long (*map)(void *) = ops->map;
	void *buf = vmalloc(4096);

	return map(buf); /* expect: vmalloc-to-linear */ /* expect-note: calls map_direct() through 'map' */
}
