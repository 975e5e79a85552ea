/* virt_to_folio() is virt_to_page() underneath: wrong on vmalloc memory, right on kmalloc memory. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/mm.h>

struct folio *folios(unsigned long size, struct folio **slab)
{
	void *v = vmalloc(size);
	void *k = kmalloc(size, GFP_KERNEL);

	*slab = virt_to_folio(k);
	return virt_to_folio(v); /* expect: vmalloc-to-linear */
}
