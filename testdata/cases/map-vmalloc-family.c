/* The rest of the vmalloc family: vmalloc_32(), vmalloc_user(), vmalloc_32_user(), vmalloc_node(), vzalloc_node(), __vmalloc(). */
#include <linux/vmalloc.h>
#include <linux/mm.h>

struct page *first_pages(unsigned long size, struct page **out)
{
	void *a = vmalloc_32(size);
	void *b = vmalloc_user(size);
	void *c = vmalloc_32_user(size);
	void *d = vmalloc_node(size, 0);
	void *e = vzalloc_node(size, 0);
	void *f = __vmalloc(size, GFP_KERNEL);

	out[0] = virt_to_page(a); /* expect: vmalloc-to-linear */
	out[1] = virt_to_page(b); /* expect: vmalloc-to-linear */
	out[2] = virt_to_page(c); /* expect: vmalloc-to-linear */
	out[3] = virt_to_page(d); /* expect: vmalloc-to-linear */
	out[4] = virt_to_page(e); /* expect: vmalloc-to-linear */
	return virt_to_page(f); /* expect: vmalloc-to-linear */
}
