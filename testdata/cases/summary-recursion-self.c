/* Self recursion terminates and still propagates: walk() returns its argument after n recursive calls. */
#include <linux/vmalloc.h>
#include <asm/page.h>

static void *walk(void *p, int n)
{
	if (n <= 0)
		return p;
	return walk(p, n - 1);
}

phys_addr_t deep(size_t n)
{
	return __pa(walk(vmalloc(n), 3)); /* expect: vmalloc-to-linear */
}
