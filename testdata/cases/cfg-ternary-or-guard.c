/* is_vmalloc_addr(p) || big ? virt_to_page(p) : vmalloc_to_page(p), as an argument: the true arm is reached with the guard true: a certain bug, naming the guard. */
#include <linux/mm.h>

unsigned long ternary_or_bug(const void *p, bool big)
{
	return page_to_pfn(is_vmalloc_addr(p) || big ? virt_to_page(p) : vmalloc_to_page(p)); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */
}
