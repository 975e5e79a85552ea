/* Trap: kfree() of kmalloc memory, vfree() of vmalloc memory, and the kvfree() pattern (kfree only when not is_vmalloc_addr) are right. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/mm.h>

void release(unsigned long size)
{
	void *k = kmalloc(size, GFP_KERNEL);
	void *v = vmalloc(size);
	void *kv = kvmalloc(size, GFP_KERNEL);

	kfree(k);
	vfree(v);
	if (is_vmalloc_addr(kv))
		vfree(kv);
	else
		kfree_sensitive(kv);
}
