/* kfree()/kfree_sensitive() find the slab with virt_to_folio(): vmalloc and kvmalloc pointers are not slab objects. */
#include <linux/vmalloc.h>
#include <linux/slab.h>

void release(unsigned long size)
{
	void *v = vmalloc(size);
	void *kv = kvmalloc(size, GFP_KERNEL);

	kfree(v); /* expect: vmalloc-to-linear */ /* expect-text: vfree */
	kfree_sensitive(kv); /* expect: kvmalloc-to-linear */ /* expect-text: kvfree */
}
