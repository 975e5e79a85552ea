/* Trap: kmalloc'd chunks in an array inside a struct, beside a vmalloc'd field of another name: the array's elements stay linear; clean. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

struct chunk_pool {
	void *chunks[8];
	void *big;
};

void pool_fill(struct chunk_pool *s, size_t n)
{
	int i;

	for (i = 0; i < 8; i++)
		s->chunks[i] = kmalloc(n, GFP_KERNEL);
	s->big = vmalloc(n);
}

unsigned long pool_phys(struct chunk_pool *s, int j)
{
	return __pa(s->chunks[j]);
}
