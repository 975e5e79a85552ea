/* check-flags: -DCONFIG_DEBUG_VIRTUAL */
/* The counterpart of node-sink-nested: kmalloc() memory at the nested sink call is linear: quiet. */
#include <linux/slab.h>
#include <linux/mm.h>

static unsigned long keep(unsigned long pa)
{
	return pa;
}

unsigned long sink_nested(size_t n)
{
	void *p = kmalloc(n, GFP_KERNEL);

	return keep(__phys_addr((unsigned long)p));
}
