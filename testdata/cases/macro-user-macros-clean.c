/* Trap: user sink and source macros applied to linear memory are clean. */
#include <linux/slab.h>
#include <linux/mm.h>

#define MY_PA(x)	__pa(x)
#define MY_PAGE(x)	virt_to_page(x)
#define NEW_BUF(n)	kzalloc((n), GFP_KERNEL)

static char static_pool[128];

phys_addr_t clean_macros(size_t n, struct page **pg)
{
	void *b = NEW_BUF(n);

	*pg = MY_PAGE(static_pool);
	return MY_PA(b);
}
