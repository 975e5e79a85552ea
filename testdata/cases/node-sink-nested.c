/* check-flags: -DCONFIG_DEBUG_VIRTUAL */
/* A listed sink function called inside another call's argument (keep(__phys_addr(p))) is a call node whose role the lowering resolved: its argument is checked there, once. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

static unsigned long keep(unsigned long pa)
{
	return pa;
}

unsigned long sink_nested(size_t n)
{
	void *p = vmalloc(n);

	return keep(__phys_addr((unsigned long)p)); /* expect: vmalloc-to-linear */ /* expect-note: vmalloc() returns vmalloc memory */
}
