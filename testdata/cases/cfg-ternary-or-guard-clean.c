/* Trap: !is_vmalloc_addr(p) && small ? virt_to_page(p) : vmalloc_to_page(p), as an argument: the true arm is reached only with the guard false: clean. */
#include <linux/mm.h>

unsigned long ternary_and_clean(const void *p, bool small)
{
	return page_to_pfn(!is_vmalloc_addr(p) && small ? virt_to_page(p) : vmalloc_to_page(p));
}
