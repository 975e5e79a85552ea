/* Trap: function pointer variables holding a translation, given linear memory, and a vmalloc buffer given to a pointer that only holds a harmless function. */
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

static phys_addr_t to_phys(void *buf)
{
	return __pa(buf);
}

static phys_addr_t no_phys(void *buf)
{
	return 0;
}

static phys_addr_t (*xlate)(void *buf) = to_phys;

phys_addr_t run(void)
{
	phys_addr_t (*other)(void *) = no_phys;
	void *k = kmalloc(64, GFP_KERNEL);
	void *v = vmalloc(4096);

	return xlate(k) + (*xlate)(k) + other(v) + (*other)(v);
}
