/* A helper stores a vmalloc pointer through its out-parameter (*out = vmalloc(n)); the caller translates what it got back with __pa(). */
#include <linux/vmalloc.h>
#include <asm/page.h>

static int alloc_buf(void **out, size_t n)
{
	*out = vmalloc(n);
	return *out ? 0 : -1;
}

unsigned long out_param_phys(size_t n)
{
	void *p;

	if (alloc_buf(&p, n))
		return 0;
	return __pa(p); /* expect: vmalloc-to-linear */ /* expect-note: stored through pointer 'out' */ /* expect-note: alloc_buf() stores it through argument 1 */
}
