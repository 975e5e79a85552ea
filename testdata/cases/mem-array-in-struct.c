/* A vmalloc pointer stored into an array inside a struct (s->chunks[i] = vzalloc(n)) and read back from another element reaches __pa(). */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct chunk_pool {
	void *chunks[8];
	int n;
};

void pool_fill(struct chunk_pool *s, size_t n)
{
	int i;

	for (i = 0; i < 8; i++)
		s->chunks[i] = vzalloc(n);
}

unsigned long pool_phys(struct chunk_pool *s, int j)
{
	return __pa(s->chunks[j]); /* expect: vmalloc-to-linear */ /* expect-note: stored in an element of field 'chunks' */
}
