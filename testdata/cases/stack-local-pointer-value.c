/* Trap: a local *pointer variable* holding kmalloc memory is not a stack address; only &local is. */
#include <linux/slab.h>
#include <asm/page.h>

struct req {
	void *buf;
	u32 len;
};

phys_addr_t req_phys(size_t n)
{
	void *copy;
	struct req r;

	r.buf = kmalloc(n, GFP_KERNEL);
	r.len = n;
	copy = r.buf;
	return __pa(copy) + __pa(r.buf);
}
