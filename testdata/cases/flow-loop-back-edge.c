/* Loops iterate to a fixed point: a value assigned late in the body reaches a use earlier in the body next time round. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t rotate(size_t n, int rounds)
{
	void *cur = kmalloc(n, GFP_KERNEL);
	phys_addr_t sum = 0;
	int i;

	for (i = 0; i < rounds; i++) {
		sum += __pa(cur); /* expect: vmalloc-to-linear */
		cur = vmalloc(n);
	}
	return sum;
}
