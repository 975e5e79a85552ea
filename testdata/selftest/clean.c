/* Runner self-test fixture: no finding is expected here. */
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t clean(void)
{
	return __pa(kmalloc(16, GFP_KERNEL));
}
