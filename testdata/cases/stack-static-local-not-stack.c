/* Trap: a static local in built-in code is kernel image data (linear), not on the stack. */
#include <linux/scatterlist.h>

void sg_static(struct scatterlist *sg)
{
	static u8 pad[64];
	static struct { u32 a, b; } hdr;

	sg_init_one(sg, pad, sizeof(pad));
	sg_set_buf(sg + 1, &hdr.b, sizeof(hdr.b));
}
