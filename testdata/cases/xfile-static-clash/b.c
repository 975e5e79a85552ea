/* Cross-file: b.c's own static get(), kmalloc memory. */
#include <linux/slab.h>
#include <asm/io.h>

static void *get(void)
{
	return kmalloc(64, GFP_KERNEL);
}

phys_addr_t b_phys(void)
{
	return virt_to_phys(get());
}
