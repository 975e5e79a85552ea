/* A call that follows an assignment in evaluation order (use(p = vmalloc(n), pfn_of(p))) is not moved before it: pfn_of() sees the vmalloc() pointer, not the kmalloc() one p held before. */
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
	void *p = kmalloc(n, GFP_KERNEL);

	return use(p = vmalloc(n), pfn_of(p)); /* expect: vmalloc-to-linear */ /* expect-note: passed to pfn_of() as argument 1 */
}
