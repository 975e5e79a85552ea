/* Struct assignments through pointers copy the fields: the copy of a chunk whose buffer is kmalloc()'d is translated with __pa() while another chunk holds a vzalloc()'d buffer: correct. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

struct chunk {
	void *buf;
	size_t len;
};

unsigned long copy_chunk(struct chunk *dst, size_t n)
{
	struct chunk *big = kzalloc(sizeof(*big), GFP_KERNEL);
	struct chunk *small = kzalloc(sizeof(*small), GFP_KERNEL);
	struct chunk local;

	if (!big || !small)
		return 0;
	big->buf = vzalloc(n);
	small->buf = kmalloc(64, GFP_KERNEL);
	*dst = *small;
	local = *small;
	return __pa(dst->buf) + __pa(local.buf);
}
