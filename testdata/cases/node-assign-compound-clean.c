/* The counterpart of node-assign-compound: kmalloc() memory moved by an offset is linear: quiet. */
#include <linux/slab.h>
#include <linux/mm.h>

static unsigned long offset_of(size_t n)
{
	return n / 2;
}

unsigned long assign_compound(size_t n)
{
	char *p = kmalloc(n, GFP_KERNEL);

	p += offset_of(n);
	return __pa(p);
}
