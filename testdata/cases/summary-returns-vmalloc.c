/* A static helper that returns vmalloc() is a vmalloc source for its callers. */
#include <linux/vmalloc.h>
#include <asm/io.h>

static void *alloc_ring(unsigned long entries)
{
	void *ring = vzalloc(entries * 16);

	return ring;
}

phys_addr_t ring_base(unsigned long entries)
{
	return virt_to_phys(alloc_ring(entries)); /* expect: vmalloc-to-linear */
}
