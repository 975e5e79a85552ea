/* A guard on buf covers p = buf + off in both directions: sg_set_buf(p) inside if (is_vmalloc_addr(buf)) is reported, naming the guard. */
#include <linux/mm.h>
#include <linux/scatterlist.h>
#include <asm/page.h>

void fill_sg_backwards(struct scatterlist *sg, void *buf, size_t len)
{
	char *p = buf;

	while (len) {
		if (is_vmalloc_addr(buf))
			sg_set_buf(sg, p, PAGE_SIZE); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */
		else
			sg_set_page(sg, vmalloc_to_page(p), PAGE_SIZE, 0);
		p += PAGE_SIZE;
		len -= PAGE_SIZE;
		sg++;
	}
}
