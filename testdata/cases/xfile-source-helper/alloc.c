/* Cross-file (issue 8): a helper in this file returns vmalloc memory; the
 * other file (use.c) translates what it returns. */
#include <linux/vmalloc.h>

void *ring_alloc(size_t n)
{
	return vmalloc(n);
}
