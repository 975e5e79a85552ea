/* arch/x86/kernel/ldt.c's map_ldt_struct() shape with the ternary's arms swapped: the guard kept in a bool decides the branch, so virt_to_page() on the derived pointer is reported, naming the guard. */
#include <linux/mm.h>
#include <asm/page.h>

struct ldt_struct {
	void *entries;
	unsigned int nr_entries;
};

unsigned long map_ldt_swapped(struct ldt_struct *ldt, int nr_pages)
{
	bool is_vmalloc = is_vmalloc_addr(ldt->entries);
	unsigned long sum = 0;
	int i;

	for (i = 0; i < nr_pages; i++) {
		unsigned long offset = (unsigned long)i << PAGE_SHIFT;
		const void *src = (char *)ldt->entries + offset;

		sum += is_vmalloc ? page_to_pfn(virt_to_page(src)) : vmalloc_to_pfn(src); /* expect: vmalloc-to-linear */ /* expect-note: 'is_vmalloc' holds is_vmalloc_addr() of line 12, true here */
	}
	return sum;
}
