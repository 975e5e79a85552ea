/* vmap() and vm_map_ram() return vmap memory (virtually contiguous alias of scattered pages). */
#include <linux/vmalloc.h>
#include <linux/mm.h>

phys_addr_t map_pages(struct page **pages, unsigned int count, struct page **first)
{
	void *a = vmap(pages, count, VM_MAP, PAGE_KERNEL);
	void *b = vm_map_ram(pages, count, -1);

	*first = virt_to_page(b); /* expect: vmap-to-linear */
	return __pa(a); /* expect: vmap-to-linear */
}
