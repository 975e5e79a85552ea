/* 4.x mm.h: is_vmalloc_addr() is a static inline comparing against VMALLOC_START/END; still a guard. */
/* check-flags: -DXC_LINUX_4_12 */
#include <linux/vmalloc.h>
#include <linux/mm.h>

struct page *any_to_page(size_t n)
{
	void *p = vmalloc(n);

	if (!is_vmalloc_addr(p))
		return virt_to_page(p);
	return vmalloc_to_page(p);
}
