/* memcpy() and memmove() of structs copy their fields: the copies of a chunk whose buffer is kmalloc()'d are translated with __pa() while another chunk holds a vzalloc()'d buffer: correct. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

void *memcpy(void *to, const void *from, size_t len);
void *memmove(void *to, const void *from, size_t len);

struct chunk {
	void *buf;
	size_t len;
};

unsigned long memcpy_chunk(size_t n)
{
	struct chunk *big = kzalloc(sizeof(*big), GFP_KERNEL);
	struct chunk *small = kzalloc(sizeof(*small), GFP_KERNEL);
	struct chunk *moved = kzalloc(sizeof(*moved), GFP_KERNEL);
	struct chunk copy;

	if (!big || !small || !moved)
		return 0;
	big->buf = vzalloc(n);
	small->buf = kmalloc(64, GFP_KERNEL);
	memcpy(&copy, small, sizeof(copy));
	memmove(moved, small, sizeof(*moved));
	return __pa(copy.buf) + __pa(moved->buf);
}
