/* Three regions joined over if/else-if/else reach one virt_to_page: three findings on that line, with CONFIG_VMAP_STACK, so the stack is one of them. */
/* check-flags: -DCONFIG_VMAP_STACK */
#include <linux/slab.h>
#include <linux/io.h>
#include <linux/mm.h>

struct page *pick_page(int kind, size_t n, resource_size_t bar)
{
	char local[32];
	void *p;

	if (kind == 0)
		p = kvzalloc(n, GFP_KERNEL);
	else if (kind == 1)
		p = ioremap(bar, n);
	else
		p = local;
	return virt_to_page(p); /* expect: kvmalloc-to-linear, ioremap-to-linear, stack-to-linear */
}
