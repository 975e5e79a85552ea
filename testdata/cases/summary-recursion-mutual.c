/* Mutual recursion terminates and still propagates a parameter -> sink summary through both functions. */
#include <linux/vmalloc.h>
#include <asm/page.h>

static phys_addr_t pa_odd(const void *p, int n);

static phys_addr_t pa_even(const void *p, int n)
{
	return n ? pa_odd(p, n - 1) : 0;
}

static phys_addr_t pa_odd(const void *p, int n)
{
	return n ? pa_even(p, n - 1) : __pa(p);
}

phys_addr_t start(size_t n)
{
	return pa_even(vmalloc(n), 5); /* expect: vmalloc-to-linear */
}
