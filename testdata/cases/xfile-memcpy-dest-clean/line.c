/* Copying from a vmap'd frame into a kmalloc'd line buffer and freeing
 * what memcpy() returned (drm_format_helper.c's shape): the destination,
 * kmalloc'd: clean. */
#include <linux/slab.h>
#include <linux/vmalloc.h>

void *memcpy(void *dest, const void *src, size_t n);

void copy_line(struct page **pages, unsigned int n, size_t len)
{
	void *vaddr = vmap(pages, n, 0, PAGE_KERNEL);
	void *line = kmalloc(len, GFP_KERNEL);

	line = memcpy(line, vaddr, len);
	kfree(line);
}
