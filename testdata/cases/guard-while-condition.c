/* Guards in while conditions: inside while (virt_addr_valid(p)) p is linear; after while (is_vmalloc_addr(q)) q is not vmalloc. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/mm.h>

extern void *next_chunk(void *p);

unsigned long chunks(size_t n)
{
	void *p = vmalloc(n);
	void *q = vzalloc(n);
	unsigned long pfns = 0;

	while (virt_addr_valid(p)) {
		pfns += page_to_pfn(virt_to_page(p));
		p = next_chunk(p);
	}
	while (is_vmalloc_addr(q)) {
		vfree(q);
		q = kmalloc(n, GFP_KERNEL);
	}
	return pfns + __pa(q);
}
