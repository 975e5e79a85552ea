/* The counterpart of cfg-call-multi-decl: a is kmalloc() memory: quiet. */
#include <linux/slab.h>
#include <linux/mm.h>

static void *pass(void *p)
{
	return p;
}

unsigned long multi_decl(size_t n)
{
	void *a = kmalloc(n, GFP_KERNEL), *b = pass(a);

	return __pa(b);
}
