/* A function passed to a parameter of a function of the TU is called through that parameter; another caller's harmless function does not clear it. */
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

static phys_addr_t to_phys(void *buf)
{
	return __pa(buf);
}

static phys_addr_t apply(phys_addr_t (*fn)(void *), void *buf)
{
	return fn(buf);
}

phys_addr_t good(void)
{
	return apply(to_phys, kmalloc(64, GFP_KERNEL));
}

phys_addr_t bad(void)
{
	void *v = vmalloc(4096);

	return apply(to_phys, v); /* expect: vmalloc-to-linear */ /* expect-note: calls to_phys() through 'fn' */
}
