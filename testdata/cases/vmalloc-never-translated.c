/* Trap: a vmalloc buffer that is filled, handed to vmalloc_to_page and freed, but never given to a linear translation. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

extern void fill(void *buf, unsigned long n);

struct page *scratch(unsigned long n)
{
	char *buf = vmalloc(n);
	struct page *pg;

	fill(buf, n);
	buf[0] = 1;
	pg = vmalloc_to_page(buf + PAGE_SIZE);
	vfree(buf);
	return pg;
}
