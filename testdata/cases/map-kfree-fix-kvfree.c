/* kfree() of vmalloc or kvmalloc memory: the fix renames it to kvfree(); kfree_sensitive() gets none (kvfree() would not zero the memory). */
#include <linux/vmalloc.h>
#include <linux/slab.h>

void release(unsigned long size)
{
	void *v = vmalloc(size);
	void *kv = kvmalloc(size, GFP_KERNEL);
	void *s = vmalloc(size);

	kfree(v); /* expect: vmalloc-to-linear */ /* expect-note: fix-it: replace "kfree" with "kvfree" */
	kfree(kv); /* expect: kvmalloc-to-linear */ /* expect-note: fix-it: replace "kfree" with "kvfree" */
	kfree_sensitive(s); /* expect: vmalloc-to-linear */
}
