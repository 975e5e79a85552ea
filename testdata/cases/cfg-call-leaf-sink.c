/* A call that is one leaf of an && (a call node of its own) passes vmalloc memory to a helper that translates it: reported once, at the call. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

static bool page_ok(const void *p)
{
	return page_to_pfn(virt_to_page(p)) != 0;
}

bool check_buf(size_t n)
{
	void *p = vmalloc(n);

	if (p && page_ok(p)) /* expect: vmalloc-to-linear */ /* expect-note: vmalloc() */
		return true;
	return false;
}
