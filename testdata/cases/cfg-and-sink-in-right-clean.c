/* Trap: ok = is_vmalloc_addr(p) || virt_to_page(p): the right operand runs only when the guard is false: clean. */
#include <linux/mm.h>

bool sink_in_or_clean(const void *p)
{
	bool ok = is_vmalloc_addr(p) || page_to_pfn(virt_to_page(p));

	return ok;
}
