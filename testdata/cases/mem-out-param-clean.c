/* Trap: the same out-parameter helper with kmalloc(): what the caller gets back is linear; clean. */
#include <linux/slab.h>
#include <asm/page.h>

static int alloc_buf(void **out, size_t n)
{
	*out = kmalloc(n, GFP_KERNEL);
	return *out ? 0 : -1;
}

unsigned long out_param_phys(size_t n)
{
	void *p;

	if (alloc_buf(&p, n))
		return 0;
	return __pa(p);
}
