/* The nearest real bug to xfile-memcpy-dest-clean: memcpy() returns its
 * destination, and here the destination is the vmap'd frame. */
#include <linux/slab.h>
#include <linux/vmalloc.h>

void *memcpy(void *dest, const void *src, size_t n);

void copy_back(struct page **pages, unsigned int n, size_t len)
{
	void *vaddr = vmap(pages, n, 0, PAGE_KERNEL);
	void *line = kmalloc(len, GFP_KERNEL);
	void *out;

	out = memcpy(vaddr, line, len);
	kfree(out); /* expect: vmap-to-linear */ /* expect-note: memcpy() returns its argument 1 */
}
