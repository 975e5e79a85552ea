/* Trap: both branches overwrite the vmalloc pointer with linear memory, so nothing non-linear reaches __pa. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t both(size_t n, bool zero)
{
	void *buf = vmalloc(n);

	vfree(buf);
	if (zero)
		buf = kzalloc(n, GFP_KERNEL);
	else
		buf = kmalloc(n, GFP_KERNEL);
	return __pa(buf);
}
