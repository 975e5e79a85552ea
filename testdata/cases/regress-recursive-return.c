/* A recursive call that feeds its own return: the summary needs a second round (round 1 sees the call before `return b`). */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

static void *pick(void *a, void *b, int n)
{
	if (n > 0)
		return pick(b, a, n - 1);
	return b;
}

phys_addr_t caller(void)
{
	return __pa(pick(vmalloc(8), kmalloc(8, GFP_KERNEL), 2)); /* expect: vmalloc-to-linear */ /* expect-note: passed through pick() */
}
