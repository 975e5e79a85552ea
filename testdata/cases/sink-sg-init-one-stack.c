/* sg_init_one(sg, buf, len) with a buffer on the stack: the DMA-from-stack bug, stack-to-linear. */
#include <linux/scatterlist.h>

extern int crypto_run(struct scatterlist *sg);

int checksum_header(const void *hdr)
{
	struct scatterlist sg;
	u8 digest[20];

	sg_init_one(&sg, digest, sizeof(digest)); /* expect: stack-to-linear */
	return crypto_run(&sg);
}
