/* switch: each case starts from the state at the switch, so case 1 is clean; case 0 breaks out with vmalloc, which reaches the use after the switch. */
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
		vfree(buf);
		break;
	case 1:
		pa = __pa(buf);
		break;
	case 2:
		buf = vzalloc(n);
		return 0;
	}
	return pa + __pa(buf); /* expect: vmalloc-to-linear */
}
