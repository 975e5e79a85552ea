/* A sink macro invocation spanning lines is reported on the line of the macro name written here. */
#include <linux/vmalloc.h>
#include <asm/page.h>

#define BUF_PA(base, off) __pa((char *)(base) + (off))

phys_addr_t spread(unsigned long n)
{
	char *area = vmalloc(n);
	phys_addr_t pa;

	pa = BUF_PA( /* expect: vmalloc-to-linear */
		area,
		PAGE_SIZE);
	return pa;
}
