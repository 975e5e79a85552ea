/* Parameter -> return: a helper that returns (an offset of) its argument passes the argument's region through. */
#include <linux/vmalloc.h>
#include <asm/page.h>

static void *skip_header(void *buf, size_t hdr)
{
	return (char *)buf + hdr;
}

static void *identity(void *p)
{
	return p;
}

phys_addr_t payload_phys(size_t n)
{
	void *b = vmalloc(n);

	return __pa(skip_header(b, 64)) /* expect: vmalloc-to-linear */
		+ __pa(identity(identity(b))); /* expect: vmalloc-to-linear */
}
