/* Trap: with CONFIG_DEBUG_VIRTUAL (__phys_addr out of line) linear pointers are still clean. */
/* check-flags: -DCONFIG_DEBUG_VIRTUAL */
#include <linux/slab.h>
#include <linux/mm.h>
#include <asm/io.h>

static char pool[256];

phys_addr_t dbg_clean(size_t n, struct page **pg)
{
	void *k = kmalloc(n, GFP_KERNEL);

	*pg = virt_to_page(pool);
	return __pa(k) + virt_to_phys(pool + 16);
}
