/* Trap: module memory translated with vmalloc_to_page()/vmalloc_to_pfn(), as text poking does: clean. */
#include <linux/moduleloader.h>
#include <linux/execmem.h>
#include <linux/mm.h>

unsigned long text_pfns(unsigned long size, struct page **pg)
{
	void *text = module_alloc(size);
	void *kp = execmem_alloc(EXECMEM_KPROBES, size);

	*pg = vmalloc_to_page(text);
	return vmalloc_to_pfn(kp);
}
