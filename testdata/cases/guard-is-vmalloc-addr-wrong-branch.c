/* The guard tested the wrong way round: inside if (is_vmalloc_addr(p)) the pointer IS vmalloc. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

struct page *backwards(size_t n)
{
	void *p = vmalloc(n);

	if (is_vmalloc_addr(p))
		return virt_to_page(p); /* expect: vmalloc-to-linear */
	return vmalloc_to_page(p);
}
