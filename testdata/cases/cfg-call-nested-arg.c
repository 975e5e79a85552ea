/* A call nested in another call's argument (pfn_of(pass(p))) is a call node of its own, run before the outer one: vmalloc memory passed through pass() reaches pfn_of()'s translation, reported once, with both calls in the path. */
#include <linux/vmalloc.h>
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
	void *p = vmalloc(n);

	return pfn_of(pass(p)); /* expect: vmalloc-to-linear */ /* expect-note: passed through pass() */ /* expect-note: passed to pfn_of() as argument 1 */
}
