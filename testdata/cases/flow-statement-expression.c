/* A GNU statement expression's value is its last expression statement; regions flow through it. */
#include <linux/bug.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

#define alloc_or_die(n) ({ void *__p = vmalloc(n); if (!__p) BUG(); __p; })

phys_addr_t stmt_expr(size_t n)
{
	void *buf = alloc_or_die(n);
	void *k = ({ void *t = vzalloc(n); vfree(t); kmalloc(n, GFP_KERNEL); });

	return __pa(buf) /* expect: vmalloc-to-linear */
		+ __pa(k);
}
