/* An out-parameter passed on through a second helper still reaches the caller's variable. */
#include <linux/vmalloc.h>
#include <asm/page.h>

static void inner_alloc(void **o, size_t n)
{
	*o = vmalloc(n);
}

static void outer_alloc(void **o, size_t n)
{
	inner_alloc(o, n);
}

unsigned long chained_out_phys(size_t n)
{
	void *p;

	outer_alloc(&p, n);
	return __pa(p); /* expect: vmalloc-to-linear */ /* expect-note: outer_alloc() stores it through argument 1 */
}
