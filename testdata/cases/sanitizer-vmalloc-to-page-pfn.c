/* vmalloc_to_page() and vmalloc_to_pfn() are the right translations for vmalloc and vmap memory; clean. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

unsigned long vm_pfns(size_t n, struct page **pages, unsigned int count, struct page **out)
{
	void *v = vmalloc(n);
	void *m = vmap(pages, count, VM_MAP, PAGE_KERNEL);

	*out = vmalloc_to_page(v);
	return vmalloc_to_pfn(m) + vmalloc_to_pfn(v);
}
