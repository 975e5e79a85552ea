/* Branches join: if either branch assigns a vmalloc pointer, the use after the if is reported. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t join(size_t n)
{
	void *buf = kmalloc(n, GFP_KERNEL);

	if (!buf)
		buf = vmalloc(n);
	return __pa(buf); /* expect: vmalloc-to-linear */
}
