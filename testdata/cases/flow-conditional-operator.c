/* ?: joins both arms: a vmalloc arm reaches the sink even if the other arm is linear. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t pick(size_t n, bool big)
{
	void *buf = big ? vmalloc(n) : kmalloc(n, GFP_KERNEL);
	void *small = big ? kzalloc(8, GFP_KERNEL) : kmalloc(8, GFP_KERNEL);

	return __pa(buf) /* expect: vmalloc-to-linear */
		+ __pa(small);
}
