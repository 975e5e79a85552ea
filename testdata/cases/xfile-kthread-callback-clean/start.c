/* Cross-file (issue 8 item 3): kthread_run() registers ring_worker()
 * (worker.c), which receives the data argument: kmalloc memory here: clean. */
#include <linux/kthread.h>
#include <linux/slab.h>

int ring_worker(void *data);

void ring_start(void)
{
	void *state = kmalloc(4096, GFP_KERNEL);
	struct task_struct *t = kthread_run(ring_worker, state, "ring");

	(void)t;
}
