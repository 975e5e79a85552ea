/* The counterpart of cfg-call-sizeof-clean: the same call evaluated beside the sizeof is a finding, once. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

static unsigned long pfn_of(void *p)
{
	return __pa(p) >> PAGE_SHIFT;
}

size_t sizeof_call(size_t n)
{
	void *p = vmalloc(n);
	size_t s = sizeof(pfn_of(p)) + pfn_of(p); /* expect: vmalloc-to-linear */

	vfree(p);
	return s;
}
