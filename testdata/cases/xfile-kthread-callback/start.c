/* Cross-file (issue 8 item 3): kthread_run() registers ring_worker()
 * (worker.c), which receives the data argument: vmalloc memory here. */
#include <linux/kthread.h>
#include <linux/vmalloc.h>

int ring_worker(void *data);

void ring_start(void)
{
	void *state = vmalloc(4096);
	struct task_struct *t = kthread_run(ring_worker, state, "ring"); /* expect: vmalloc-to-linear */ /* expect-note: kthread_run() registers ring_worker() */

	(void)t;
}
