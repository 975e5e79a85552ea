/* vmalloc-to-linear, free family: kfree() -> kvfree() (and kvmalloc-to-linear). */
#include <linux/vmalloc.h>
#include <linux/slab.h>

void release(unsigned long size)
{
	void *v = vmalloc(size);
	void *kv = kvmalloc(size, GFP_KERNEL);

	kfree(v); /* fix: kfree kvfree */
	kfree(kv); /* fix: kfree kvfree */
}
