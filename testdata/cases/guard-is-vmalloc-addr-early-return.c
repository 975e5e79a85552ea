/* if (is_vmalloc_addr(p)) return; __pa(p): after the early return p is known not to be vmalloc; clean. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

phys_addr_t linear_only(size_t n)
{
	void *p = vmalloc(n);

	if (is_vmalloc_addr(p))
		return 0;
	return __pa(p);
}
