/* Trap: a function pointer copied out of an ops table whose functions do not translate stays quiet on vmalloc memory. */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct map_ops {
	unsigned long (*map)(void *buf);
	unsigned long (*phys)(void *buf);
};

static unsigned long map_copy(void *buf)
{
	return (unsigned long)buf;
}

static unsigned long map_phys(void *buf)
{
	return __pa(buf);
}

const struct map_ops copy_ops = { .map = map_copy, .phys = map_phys };

unsigned long xfer(const struct map_ops *ops)
{
	unsigned long (*map)(void *) = ops->map;

	return map(vmalloc(4096));
}
