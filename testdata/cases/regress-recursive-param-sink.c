/* A recursive call that feeds its own parameter sink: the summary needs a second round (round 1 sees the call before the sink). */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

static phys_addr_t walk(void *p, void *q, int n)
{
	if (n > 0)
		return walk(q, p, n - 1);
	return __pa(q);
}

phys_addr_t caller(void)
{
	return walk(vmalloc(8), kmalloc(8, GFP_KERNEL), 3); /* expect: vmalloc-to-linear */ /* expect-note: arrives in walk() as parameter 'q' */
}
