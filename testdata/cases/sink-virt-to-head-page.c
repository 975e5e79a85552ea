/* virt_to_head_page() (mm.h static inline over virt_to_page) is a sink; kvmalloc memory may be vmalloc. */
#include <linux/slab.h>
#include <linux/mm.h>

struct page *obj_head(size_t size)
{
	void *obj = kvmalloc(size, GFP_KERNEL);

	return virt_to_head_page(obj); /* expect: kvmalloc-to-linear */
}
