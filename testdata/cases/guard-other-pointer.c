/* A guard narrows only the pointer it tests: checking q says nothing about p. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/mm.h>

phys_addr_t wrong_pointer(size_t n)
{
	void *p = vmalloc(n);
	void *q = kmalloc(n, GFP_KERNEL);

	if (is_vmalloc_addr(q))
		return 0;
	return __pa(p); /* expect: vmalloc-to-linear */
}
