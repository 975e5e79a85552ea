/* A user macro whose body invokes __pa is a sink; the finding is at the MY_PA line in this file. */
#include <linux/vmalloc.h>
#include <asm/page.h>

#define MY_PA(x) __pa(x)

phys_addr_t via_macro(unsigned long n)
{
	void *buf = vmalloc(n);

	return MY_PA(buf); /* expect: vmalloc-to-linear */
}
