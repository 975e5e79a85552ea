/* Cross-file, correct: everything alloc.c hands over is kmalloc memory. */
#include <linux/slab.h>
#include <asm/io.h>

struct cring {
	void *desc;
};

extern void *cbuf;
void *cbuf_alloc(size_t n);
phys_addr_t cbuf_phys(void *buf);

phys_addr_t use_all(struct cring *r)
{
	phys_addr_t sum = 0;
	sum += virt_to_phys(cbuf_alloc(64));
	sum += virt_to_phys(cbuf);
	sum += virt_to_phys(r->desc);
	sum += cbuf_phys(kmalloc(64, GFP_KERNEL));
	return sum;
}
