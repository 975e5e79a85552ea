/* vmap() and vm_map_ram() mappings are in the vmalloc area; vmalloc_to_pfn() is the right translation. */
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <asm/io.h>

phys_addr_t map_and_translate(struct page **pages, unsigned int n)
{
	void *a = vmap(pages, n, 0, PAGE_KERNEL);
	void *b = vm_map_ram(pages, n, 0);

	return virt_to_phys(a) /* expect: vmap-to-linear */
		+ __pa(b) /* expect: vmap-to-linear */
		+ vmalloc_to_pfn(a);
}
