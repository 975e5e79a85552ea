/* Trap: 6.10+ kmalloc is alloc_hooks(kmalloc_noprof(...)), a statement expression under profiling: still linear. */
/* check-flags: -DXC_LINUX_6_10 -DCONFIG_MEM_ALLOC_PROFILING */
#include <linux/slab.h>
#include <linux/mm.h>

struct page *obj_page(size_t n)
{
	void *obj = kzalloc(n, GFP_KERNEL);

	return virt_to_page(obj) + (__pa(kmalloc(n, GFP_KERNEL)) & 1);
}
