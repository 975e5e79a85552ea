/* Guards through ||: after if (!p || is_vmalloc_addr(p)) return, both are false, so p is not vmalloc. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

phys_addr_t or_guard(size_t n)
{
	void *p = vmalloc(n);

	if (!p || is_vmalloc_addr(p))
		return 0;
	return __pa(p);
}
