/* A struct assignment copies its fields: b takes c's kmalloc()'d buffer, not a's vmalloc()'d one, and b's first field store is overwritten. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

struct chunk {
	void *data;
	size_t len;
};

unsigned long copy_phys(size_t n)
{
	struct chunk a, b, c;

	a.data = vmalloc(n);
	c.data = kmalloc(n, GFP_KERNEL);
	b.data = a.data;
	b = c;
	vfree(a.data);
	return __pa(b.data);
}
