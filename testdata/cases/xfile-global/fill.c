/* Cross-file (issue 8): a global filled with vmalloc() here, translated in
 * the other file (read.c). */
#include <linux/vmalloc.h>

void *ring_buf;

void ring_init(size_t n)
{
	ring_buf = vmalloc(n);
}
