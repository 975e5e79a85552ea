/* Two local objects of one struct: __pa() of the one whose field holds a vzalloc()'d buffer is reported, and the path names that object's store. */
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
	small.data = kmalloc(64, GFP_KERNEL);
	kfree(small.data);
	return __pa(big.data); /* expect: vmalloc-to-linear */ /* expect-note: stored in field 'data' of chunk */
}
