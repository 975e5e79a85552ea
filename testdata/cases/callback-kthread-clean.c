/* Trap: kthread_run() with kmalloc() data, and a vmalloc() buffer passed as the name argument's neighbour, not as data. */
#include <linux/kthread.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

static int worker(void *data)
{
	return __pa(data) != 0;
}

void start(void)
{
	void *state = kmalloc(64, GFP_KERNEL);
	void *big = vmalloc(4096);
	struct task_struct *t = kthread_run(worker, state, "worker/%p", big);

	(void)t;
}
