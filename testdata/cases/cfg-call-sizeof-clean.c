/* A call inside sizeof is not evaluated: no call node, no sink check, so the translation of vmalloc memory written there is not a finding. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

static unsigned long pfn_of(void *p)
{
	return __pa(p) >> PAGE_SHIFT;
}

size_t sizeof_call(size_t n)
{
	void *p = vmalloc(n);
	size_t s = sizeof(pfn_of(p));

	vfree(p);
	return s;
}
