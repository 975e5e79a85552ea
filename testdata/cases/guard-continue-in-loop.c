/* A guard with continue in a loop: after if (is_vmalloc_addr(p)) continue; p is not vmalloc. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/mm.h>

phys_addr_t sum_linear(size_t n)
{
	void *bufs[4];
	phys_addr_t sum = 0;
	int i;

	bufs[0] = vmalloc(n);
	bufs[1] = kmalloc(n, GFP_KERNEL);
	for (i = 0; i < 2; i++) {
		void *p = bufs[i];

		if (is_vmalloc_addr(p))
			continue;
		sum += __pa(p);
	}
	return sum;
}
