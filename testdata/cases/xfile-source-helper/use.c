/* Cross-file: what ring_alloc() (alloc.c) returns reaches __pa() here. */
#include <linux/types.h>
#include <asm/page.h>

void *ring_alloc(size_t n);

unsigned long ring_phys(void)
{
	void *ring = ring_alloc(4096);
	return __pa(ring); /* expect: vmalloc-to-linear */ /* expect-note: ring_alloc() */
}
