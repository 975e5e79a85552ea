/* Findings are per sink site: the same vmalloc pointer reaching two sinks on two lines gives two findings. */
#include <linux/vmalloc.h>
#include <linux/scatterlist.h>
#include <asm/io.h>

void two_sinks(struct scatterlist *sg, size_t n, phys_addr_t *pa)
{
	void *v = vmalloc(n);

	sg_set_buf(sg, v, n); /* expect: vmalloc-to-linear */
	*pa = virt_to_phys(v); /* expect: vmalloc-to-linear */
}
