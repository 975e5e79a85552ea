/* Cross-file (issue 8), the correct counterparts of xfile-*: a helper
 * returning kmalloc memory, a global and a field filled with it, and a
 * translating wrapper; use.c translates them all.  Nothing to report. */
#include <linux/slab.h>
#include <asm/io.h>

struct cring {
	void *desc;
};

void *cbuf;

void *cbuf_alloc(size_t n)
{
	return kmalloc(n, GFP_KERNEL);
}

void cbuf_init(size_t n)
{
	cbuf = kzalloc(n, GFP_KERNEL);
}

void cring_setup(struct cring *r, size_t n)
{
	r->desc = kmalloc(n, GFP_KERNEL);
}

phys_addr_t cbuf_phys(void *buf)
{
	return virt_to_phys(buf);
}
