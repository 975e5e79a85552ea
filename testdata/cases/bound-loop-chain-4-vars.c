/* A value moved along a 4-variable chain inside a loop needs five rounds to reach the last one: the loop runs to its fixed point. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

unsigned long shift_chain(size_t n, int rounds)
{
	void *v0 = vmalloc(n);
	void *v1 = kmalloc(n, GFP_KERNEL), *v2 = v1, *v3 = v1, *v4 = v1;
	int i;

	for (i = 0; i < rounds; i++) {
		v4 = v3;
		v3 = v2;
		v2 = v1;
		v1 = v0;
	}
	return __pa(v4); /* expect: vmalloc-to-linear */ /* expect-note: assigned to 'v4' */
}
