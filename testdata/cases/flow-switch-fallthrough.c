/* switch: a case falling through carries the previous case's assignment into the next case. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t by_mode(size_t n, int mode)
{
	void *buf = kmalloc(n, GFP_KERNEL);
	phys_addr_t pa = 0;

	switch (mode) {
	case 0:
		buf = vmalloc(n);
		/* fall through */
	case 1:
		pa = __pa(buf); /* expect: vmalloc-to-linear */
		break;
	default:
		break;
	}
	return pa;
}
