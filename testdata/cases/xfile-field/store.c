/* Cross-file (issue 8): a field stored with vmalloc memory here, read and
 * translated in the other file (load.c). */
#include <linux/vmalloc.h>

struct ring {
	void *desc;
	size_t size;
};

void ring_setup(struct ring *r, size_t n)
{
	r->desc = vmalloc(n);
	r->size = n;
}
