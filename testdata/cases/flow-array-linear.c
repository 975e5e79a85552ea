/* Trap: array elements that only ever hold linear memory are clean. */
#include <linux/slab.h>
#include <asm/page.h>

static void *ring[8];

void ring_fill(size_t n)
{
	int i;

	for (i = 0; i < 8; i++)
		ring[i] = kmalloc(n, GFP_KERNEL);
}

phys_addr_t ring_phys(int i)
{
	void *local[2] = { ring[i], ring[i + 1] };

	return __pa(ring[i]) + __pa(local[1]);
}
