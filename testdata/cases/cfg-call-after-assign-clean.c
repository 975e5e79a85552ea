/* The counterpart of cfg-call-after-assign: p held vmalloc() memory before, kmalloc() memory when pfn_of() runs after the assignment in the same expression: quiet. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/mm.h>

static unsigned long pfn_of(void *p)
{
	return __pa(p) >> PAGE_SHIFT;
}

static unsigned long use(void *p, unsigned long pfn)
{
	return pfn + (p ? 1 : 0);
}

unsigned long after_assign(size_t n)
{
	void *p = vmalloc(n);

	vfree(p);
	return use(p = kmalloc(n, GFP_KERNEL), pfn_of(p));
}
