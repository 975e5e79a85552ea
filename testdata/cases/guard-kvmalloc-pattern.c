/* The kvfree-style test: a kvmalloc pointer that is not vmalloc came from kmalloc, so virt_to_page is fine. */
#include <linux/slab.h>
#include <linux/mm.h>

struct page *kv_page(size_t n)
{
	void *p = kvmalloc(n, GFP_KERNEL);

	if (is_vmalloc_addr(p))
		return vmalloc_to_page(p);
	return virt_to_page(p);
}
