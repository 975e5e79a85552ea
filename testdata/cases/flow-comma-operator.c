/* The comma operator's value is its right operand: only that operand's region flows on. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t comma(size_t n, int *count)
{
	void *v, *k;
	phys_addr_t pa;

	k = (v = vmalloc(n), kmalloc(n, GFP_KERNEL));
	pa = __pa(k);
	pa += __pa((++*count, v)); /* expect: vmalloc-to-linear */
	return pa;
}
