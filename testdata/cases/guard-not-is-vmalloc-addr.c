/* Negated guard: if (!is_vmalloc_addr(p)) { __pa(p) }: clean inside. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

phys_addr_t maybe_pa(size_t n)
{
	void *p = vzalloc(n);
	phys_addr_t pa = 0;

	if (!is_vmalloc_addr(p))
		pa = __pa(p);
	return pa;
}
