/* The counterpart of cfg-call-nested-arg: kmalloc() memory through pass() into pfn_of() is linear: quiet. */
#include <linux/slab.h>
#include <linux/mm.h>

static void *pass(void *p)
{
	return p;
}

static unsigned long pfn_of(void *p)
{
	return __pa(p) >> PAGE_SHIFT;
}

unsigned long nested_arg(size_t n)
{
	void *p = kmalloc(n, GFP_KERNEL);

	return pfn_of(pass(p));
}
