/* sg_set_buf(sg, buf, len): argument 1 must be linear; a vmalloc buffer in a scatterlist is the classic bug. */
#include <linux/scatterlist.h>
#include <linux/vmalloc.h>

void fill_sg(struct scatterlist *sg, unsigned int len)
{
	void *payload = vmalloc(len);

	sg_set_buf(sg, payload, len); /* expect: vmalloc-to-linear */
}
