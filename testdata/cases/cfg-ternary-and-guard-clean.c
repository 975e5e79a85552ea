/* Trap: is_vmalloc_addr(p) || big ? vmalloc_to_page(p) : virt_to_page(p), in an argument: the false arm is reached only with the guard false: clean. */
#include <linux/mm.h>

unsigned long ternary_or(const void *p, bool big)
{
	return page_to_pfn(is_vmalloc_addr(p) || big ? vmalloc_to_page(p) : virt_to_page(p));
}
