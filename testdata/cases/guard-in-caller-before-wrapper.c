/* The caller guards before calling a __pa wrapper: inside if (!is_vmalloc_addr(p)) the vmalloc pointer cannot reach it. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

static phys_addr_t to_phys(const void *p)
{
	return __pa(p);
}

phys_addr_t guarded_call(size_t n)
{
	void *p = vmalloc(n);

	if (!is_vmalloc_addr(p))
		return to_phys(p);
	return PFN_PHYS(vmalloc_to_pfn(p));
}
