/* Cross-file: struct ring::desc, stored in store.c, translated here. */
#include <linux/types.h>
#include <asm/io.h>

struct ring {
	void *desc;
	size_t size;
};

phys_addr_t ring_desc_phys(struct ring *r)
{
	return virt_to_phys(r->desc); /* expect: vmalloc-to-linear */ /* expect-note: stored in field 'desc' */
}
