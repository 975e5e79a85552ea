/* Storing a pointer into an element of a kmalloc'd array reached through
 * a local pointer (include/linux/ptr_ring.h's `queues[i] =
 * kvmalloc_array(...)`, then `kfree(queues)`) does not make the array
 * pointer point where the element does. */
#include <linux/slab.h>
#include <linux/vmalloc.h>

void resize_queues(unsigned int n)
{
	void **queues = kmalloc_array(n, sizeof(void *), GFP_KERNEL);
	unsigned int i;

	for (i = 0; i < n; i++)
		queues[i] = vmalloc(4096);
	for (i = 0; i < n; i++)
		vfree(queues[i]);
	kfree(queues); /* the kmalloc'd array: clean */
}
