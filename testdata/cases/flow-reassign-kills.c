/* Flow-sensitive locals: a reassignment kills the old regions, so the vmalloc pointer no longer reaches __pa. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t reassigned(unsigned long n)
{
	void *p = vmalloc(n);

	vfree(p);
	p = kmalloc(n, GFP_KERNEL);
	return __pa(p);
}
