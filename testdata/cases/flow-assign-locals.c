/* Regions follow assignments from local to local (initialisers and plain '='). */
#include <linux/vmalloc.h>
#include <asm/page.h>

phys_addr_t chain(unsigned long n)
{
	void *a = vmalloc(n);
	void *b;
	char *c;

	b = a;
	c = b;
	return __pa(c); /* expect: vmalloc-to-linear */
}
