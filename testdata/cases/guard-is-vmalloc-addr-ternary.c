/* is_vmalloc_addr(p) ? vmalloc_to_page(p) : virt_to_page(p): the guard narrows p in each arm; clean. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

struct page *any_to_page(size_t n)
{
	void *p = vmalloc(n);

	return is_vmalloc_addr(p) ? vmalloc_to_page(p) : virt_to_page(p);
}
