/* ok = !is_vmalloc_addr(p) || virt_to_page(p): the right operand runs only when the guard is true, so its translation is of vmalloc memory. */
#include <linux/mm.h>

bool sink_in_or(const void *p)
{
	bool ok = !is_vmalloc_addr(p) || page_to_pfn(virt_to_page(p)); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */

	return ok;
}
