/* Trap: arch/x86/kernel/ldt.c's map_ldt_struct() shape: a guard kept in a bool decides the ternary that tests it, for a pointer derived from the tested one; clean. */
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <asm/page.h>

struct ldt_struct {
	void *entries;
	unsigned int nr_entries;
};

unsigned long map_ldt(struct ldt_struct *ldt, int nr_pages)
{
	bool is_vmalloc = is_vmalloc_addr(ldt->entries);
	unsigned long sum = 0;
	int i;

	for (i = 0; i < nr_pages; i++) {
		unsigned long offset = (unsigned long)i << PAGE_SHIFT;
		const void *src = (char *)ldt->entries + offset;

		sum += is_vmalloc ? vmalloc_to_pfn(src) : page_to_pfn(virt_to_page(src));
	}
	return sum;
}

unsigned long map_vmalloc_ldt(struct ldt_struct *ldt, int n)
{
	ldt->entries = vmalloc((size_t)n << PAGE_SHIFT);
	return map_ldt(ldt, n);
}
