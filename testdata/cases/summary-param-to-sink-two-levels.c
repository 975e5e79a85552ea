/* Wrapper of a wrapper: the finding is at the outermost call in the caller that passes the stack pointer. */
#include <linux/scatterlist.h>

static void set_one(struct scatterlist *sg, const void *buf, unsigned int len)
{
	sg_init_one(sg, buf, len);
}

static void set_cmd(struct scatterlist *sg, const u8 *cmd)
{
	set_one(sg, cmd, 16);
}

void issue(struct scatterlist *sg)
{
	u8 cmd[16] = { 0 };

	set_cmd(sg, cmd); /* expect: stack-to-linear */
}
