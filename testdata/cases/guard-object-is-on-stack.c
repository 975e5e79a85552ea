/* object_is_on_stack() guards a parameter: the wrapper refuses stack buffers, so passing a local array is clean. */
#include <linux/sched/task_stack.h>
#include <linux/scatterlist.h>

static int safe_sg_init(struct scatterlist *sg, const void *buf, unsigned int len)
{
	if (object_is_on_stack(buf))
		return -EINVAL;
	sg_init_one(sg, buf, len);
	return 0;
}

int send_local(struct scatterlist *sg)
{
	u8 cmd[8] = { 0x12 };
	u8 *p = cmd;

	if (!object_is_on_stack(p))
		sg_init_one(sg + 1, p, sizeof(cmd));
	return safe_sg_init(sg, cmd, sizeof(cmd));
}
