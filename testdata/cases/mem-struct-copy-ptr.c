/* A struct assignment through pointers (*dst = *src) copies the fields: the copy's buffer, vzalloc()'d in the source, is translated with __pa(). */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

struct chunk {
	void *buf;
	size_t len;
};

unsigned long copy_chunk(struct chunk *dst, size_t n)
{
	struct chunk *src = kzalloc(sizeof(*src), GFP_KERNEL);

	if (!src)
		return 0;
	src->buf = vzalloc(n);
	src->len = n;
	*dst = *src;
	return __pa(dst->buf); /* expect: vmalloc-to-linear */ /* expect-note: vzalloc() returns vmalloc memory */
}
