/* Two local objects of one struct: one holds a vzalloc()'d buffer, the other a kmalloc()'d one; __pa() of the kmalloc'd one is correct (fields are per object for local variables). */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

struct chunk {
	void *data;
	size_t len;
};

unsigned long two_chunks(size_t n)
{
	struct chunk big, small;

	big.data = vzalloc(n);
	big.len = n;
	small.data = kmalloc(64, GFP_KERNEL);
	small.len = 64;
	vfree(big.data);
	return __pa(small.data);
}
