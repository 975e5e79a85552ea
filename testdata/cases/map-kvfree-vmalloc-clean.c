/* The fixed direction: kvfree() of vmalloc, kvmalloc or kmalloc memory is right, kfree() of kmalloc memory too. */
#include <linux/vmalloc.h>
#include <linux/slab.h>

void release(unsigned long size)
{
	void *v = vmalloc(size);
	void *kv = kvmalloc(size, GFP_KERNEL);
	void *k = kmalloc(size, GFP_KERNEL);

	kvfree(v);
	kvfree(kv);
	kfree(k);
	/* expect-output: */
}
