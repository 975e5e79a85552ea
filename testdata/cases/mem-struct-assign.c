/* A struct assignment copies its fields: the copy of an object whose field holds vmalloc memory is translated with __pa(). */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct chunk {
	void *data;
	size_t len;
};

unsigned long copy_phys(size_t n)
{
	struct chunk a, b;

	a.data = vmalloc(n);
	a.len = n;
	b = a;
	return __pa(b.data); /* expect: vmalloc-to-linear */ /* expect-note: vmalloc() returns vmalloc memory */
}
