/* Trap: goto error paths where every incoming state holds linear memory at the label: clean. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

phys_addr_t setup(size_t n, bool big)
{
	void *buf = vmalloc(n);
	phys_addr_t pa = 0;

	vfree(buf);
	buf = kmalloc(n, GFP_KERNEL);
	if (!buf)
		goto fail;
	if (big) {
		buf = kzalloc(2 * n, GFP_KERNEL);
		goto done;
	}
done:
	pa = __pa(buf);
fail:
	return pa;
}
