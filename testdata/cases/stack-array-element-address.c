/* &buf[i] and buf + i of a local array are stack addresses; the pointer stored in a local array's element is not. With CONFIG_VMAP_STACK, where the stack is vmalloc-mapped. */
/* check-flags: -DCONFIG_VMAP_STACK */
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t slots(int i)
{
	void *bufs[4];
	char raw[64];
	phys_addr_t pa;

	bufs[i] = kmalloc(64, GFP_KERNEL);
	pa = __pa(&bufs[i]); /* expect: stack-to-linear */
	pa += __pa(raw + 8); /* expect: stack-to-linear */
	pa += __pa(bufs[i]);
	return pa;
}
