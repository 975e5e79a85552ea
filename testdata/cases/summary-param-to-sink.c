/* A wrapper passing its parameter to __pa is a sink: the finding is at the call that passes vmalloc, not inside the wrapper. */
#include <linux/vmalloc.h>
#include <asm/page.h>

static phys_addr_t to_phys(const void *p)
{
	return __pa(p);
}

phys_addr_t user(unsigned long n)
{
	void *v = vmalloc(n);

	return to_phys(v); /* expect: vmalloc-to-linear */
}
