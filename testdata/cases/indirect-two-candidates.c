/* A slot that holds two functions: the call is a call of both, and only the one that translates its argument reports. */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct xfer_ops {
	unsigned long (*map)(void *buf);
};

static unsigned long map_copy(void *buf)
{
	return (unsigned long)buf;
}

static unsigned long map_direct(void *buf)
{
	return __pa(buf);
}

const struct xfer_ops copy_ops = { .map = map_copy };
const struct xfer_ops direct_ops = { .map = map_direct };

unsigned long xfer(const struct xfer_ops *ops)
{
	void *buf = vmalloc(4096);

	return ops->map(buf); /* expect: vmalloc-to-linear */ /* expect-note: calls map_direct() through xfer_ops::map */
}
