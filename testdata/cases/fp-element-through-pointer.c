/* The nearest real bug to fp-element-through-pointer-clean: an array
 * variable holds its elements, and one of them, vmalloc'd, is freed with
 * kfree(). */
#include <linux/slab.h>
#include <linux/vmalloc.h>

void free_slots(void)
{
	void *slots[2];

	slots[0] = vmalloc(4096);
	slots[1] = NULL;
	kfree(slots[0]); /* expect: vmalloc-to-linear */
}
