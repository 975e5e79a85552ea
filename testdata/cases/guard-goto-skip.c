/* A guard whose true branch jumps forward over the translation: if (is_vmalloc_addr(p)) goto skip; __pa(p); skip: */
#include <linux/vmalloc.h>
#include <linux/mm.h>

phys_addr_t skip_vmalloc(size_t n)
{
	void *p = vmalloc(n);
	phys_addr_t pa = 0;

	if (is_vmalloc_addr(p))
		goto skip;
	pa = __pa(p);
skip:
	vfree(p);
	return pa;
}
