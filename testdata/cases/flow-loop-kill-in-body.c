/* Trap: the body overwrites the pointer with linear memory before every use, so the vmalloc value never reaches __pa. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t refill(size_t n, int rounds)
{
	void *cur = vmalloc(n);
	phys_addr_t sum = 0;

	while (rounds-- > 0) {
		cur = kmalloc(n, GFP_KERNEL);
		sum += __pa(cur);
		cur = vzalloc(n);
	}
	vfree(cur);
	return sum;
}
