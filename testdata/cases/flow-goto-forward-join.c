/* A forward goto joins its state into the label: the vmalloc pointer set before "goto out" reaches the __pa after "out:". */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t setup(size_t n, bool big)
{
	void *buf = kmalloc(n, GFP_KERNEL);

	if (big) {
		buf = vmalloc(n);
		goto out;
	}
	buf = kzalloc(n, GFP_KERNEL);
out:
	return __pa(buf); /* expect: vmalloc-to-linear */
}
