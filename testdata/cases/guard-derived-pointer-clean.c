/* Trap: a guard on buf covers p = buf + off: the scatterlist loop maps vmalloc pages one by one and sg_set_buf()s only linear memory; clean even for a vmalloc'd caller. */
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <linux/scatterlist.h>
#include <asm/page.h>

void fill_sg(struct scatterlist *sg, void *buf, size_t len)
{
	char *p = buf;

	while (len) {
		if (is_vmalloc_addr(buf))
			sg_set_page(sg, vmalloc_to_page(p), PAGE_SIZE, 0);
		else
			sg_set_buf(sg, p, PAGE_SIZE);
		p += PAGE_SIZE;
		len -= PAGE_SIZE;
		sg++;
	}
}

void fill_vmalloc(struct scatterlist *sg, size_t n)
{
	fill_sg(sg, vmalloc(n), n);
}
