/* Pointer arithmetic (+, -, +=, ++, &p[i]) stays in the same region. */
#include <linux/vmalloc.h>
#include <asm/page.h>

phys_addr_t arith(unsigned long n, int i)
{
	char *base = vmalloc(n);
	char *cur = base;
	phys_addr_t pa;

	pa = __pa(base + PAGE_SIZE); /* expect: vmalloc-to-linear */
	cur += 16;
	cur++;
	pa += __pa(cur - 1); /* expect: vmalloc-to-linear */
	pa += __pa(&base[i]); /* expect: vmalloc-to-linear */
	return pa;
}
