/* Trap: flow-sensitive, no loop: a vmalloc assignment after the only translation does not reach it. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

extern void keep(void *p);

phys_addr_t ordered(size_t n)
{
	void *p = kmalloc(n, GFP_KERNEL);
	phys_addr_t pa = __pa(p);

	p = vmalloc(n);
	keep(p);
	return pa;
}
