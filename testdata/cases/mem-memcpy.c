/* memcpy() of a struct whose field holds a vzalloc()'d buffer copies the field: the copy's buffer is translated with __pa(). */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

void *memcpy(void *to, const void *from, size_t len);

struct chunk {
	void *buf;
	size_t len;
};

unsigned long memcpy_chunk(size_t n)
{
	struct chunk *src = kzalloc(sizeof(*src), GFP_KERNEL);
	struct chunk copy;

	if (!src)
		return 0;
	src->buf = vzalloc(n);
	memcpy(&copy, src, sizeof(copy));
	return __pa(copy.buf); /* expect: vmalloc-to-linear */ /* expect-note: stored in field 'buf' of chunk */
}
