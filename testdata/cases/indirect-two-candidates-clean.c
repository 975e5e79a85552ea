/* Trap: a slot that holds two functions, neither of which translates its argument, called with vmalloc memory. */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct xfer_ops {
	unsigned long (*map)(void *buf);
};

static unsigned long map_copy(void *buf)
{
	return (unsigned long)buf;
}

static unsigned long map_none(void *buf)
{
	return 0;
}

const struct xfer_ops copy_ops = { .map = map_copy };
const struct xfer_ops none_ops = { .map = map_none };

unsigned long xfer(const struct xfer_ops *ops)
{
	void *buf = vmalloc(4096);

	return ops->map(buf);
}
