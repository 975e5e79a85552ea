/* if (is_vmalloc_addr(p)) vmalloc_to_page(p); else virt_to_page(p): each branch uses the right translation. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

struct page *either(size_t n, bool v)
{
	void *p = v ? vmalloc(n) : vzalloc(n);
	struct page *pg;

	if (is_vmalloc_addr(p))
		pg = vmalloc_to_page(p);
	else
		pg = virt_to_page(p);
	return pg;
}
