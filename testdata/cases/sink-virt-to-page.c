/* virt_to_page() is pfn_to_page(__pa(kaddr) >> PAGE_SHIFT): one finding, not one for virt_to_page and one for __pa. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

struct page *first_page(unsigned long size)
{
	char *buf = vzalloc(size);

	return virt_to_page(buf); /* expect: vmalloc-to-linear */
}
