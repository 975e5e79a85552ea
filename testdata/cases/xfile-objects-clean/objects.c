/* Cross-file (issues 8 and 14): two objects of one struct, one given a
 * vzalloc() buffer, the other a kmalloc() one that is translated: right.
 * Checked with the whole program linked, the read of b->buf is what this
 * path stored into b, not the program's cell for ring::buf (which holds
 * the vzalloc() store): the linked read must stay as quiet as the per-TU one. */
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/page.h>
#include "ring.h"

unsigned long two_rings(size_t n)
{
	struct ring *a = kzalloc(sizeof(*a), GFP_KERNEL);
	struct ring *b = kzalloc(sizeof(*b), GFP_KERNEL);

	if (!a || !b)
		return 0;
	a->buf = vzalloc(n);
	b->buf = kmalloc(n, GFP_KERNEL);
	return __pa(b->buf);
}
