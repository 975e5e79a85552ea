/* Flow-sensitive locals: the use before the reassignment sees vmalloc, the use after it does not. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t before_after(unsigned long n)
{
	void *p = vmalloc(n);
	phys_addr_t pa = __pa(p); /* expect: vmalloc-to-linear */

	p = kmalloc(n, GFP_KERNEL);
	return pa + __pa(p);
}
