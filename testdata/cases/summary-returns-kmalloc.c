/* Trap: a helper returning kmalloc() memory (or a built-in static) is a linear source: clean. */
#include <linux/slab.h>
#include <asm/io.h>

static u8 fallback[64];

static void *get_buf(size_t n)
{
	void *b = kmalloc(n, GFP_KERNEL);

	return b ? b : fallback;
}

phys_addr_t buf_phys(size_t n)
{
	return virt_to_phys(get_buf(n));
}
