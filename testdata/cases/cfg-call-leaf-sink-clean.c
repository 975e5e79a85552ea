/* Trap: the same helper call as the last leaf of p && !is_vmalloc_addr(p) && page_ok(p): it runs only where the guard said no: clean. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

static bool page_ok(const void *p)
{
	return page_to_pfn(virt_to_page(p)) != 0;
}

bool check_buf_clean(size_t n)
{
	void *p = vmalloc(n);

	if (p && !is_vmalloc_addr(p) && page_ok(p))
		return true;
	return false;
}
