/* The right forms for a vm_struct's mapping: vmalloc_to_page() of ->addr, and the area's own pages array; the vm_struct itself (kmalloc'd) and its other fields translate fine. */
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <asm/page.h>

struct page *area_page(unsigned long size, struct vm_struct **out)
{
	struct vm_struct *area = get_vm_area(size, VM_IOREMAP);

	*out = area;
	if (area->pages)
		return area->pages[0];
	return vmalloc_to_page(area->addr) + (virt_to_page(area) - virt_to_page(&area->size));
}
