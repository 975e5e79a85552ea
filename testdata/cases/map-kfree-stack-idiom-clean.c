/* Trap: the kernel's "small stack array, else kmalloc" idiom (process_vm_rw()): kfree() only when the pointer is not the stack array. */
#include <linux/slab.h>

struct item {
	unsigned long v;
};

unsigned long sum(unsigned int n)
{
	struct item stack_items[8];
	struct item *items = stack_items;
	unsigned long s = 0;

	if (n > 8)
		items = kmalloc_array(n, sizeof(*items), GFP_KERNEL);
	if (!items)
		return 0;
	for (unsigned int i = 0; i < n; i++)
		s += items[i].v;
	if (items != stack_items)
		kfree(items);
	return s;
}
