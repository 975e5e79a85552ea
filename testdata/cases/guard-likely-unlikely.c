/* Guards work through likely()/unlikely() (__builtin_expect(!!(x), ..)). */
#include <linux/vmalloc.h>
#include <linux/mm.h>

phys_addr_t hinted(size_t n)
{
	void *p = vmalloc(n);
	void *q = vzalloc(n);
	phys_addr_t pa = 0;

	if (unlikely(is_vmalloc_addr(p)))
		return 0;
	if (likely(!is_vmalloc_addr(q)))
		pa = __pa(q);
	return pa + __pa(p);
}
