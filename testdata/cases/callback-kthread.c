/* kthread_run() and kthread_create() are macros that register the thread function, which receives the data argument. */
#include <linux/kthread.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

static int worker(void *data)
{
	return __pa(data) != 0;
}

void start(void)
{
	void *state = vmalloc(4096);
	struct task_struct *t = kthread_run(worker, state, "worker/%d", 0); /* expect: vmalloc-to-linear */ /* expect-note: kthread_run() registers worker(), which receives it as argument 1 */
	struct task_struct *u = kthread_create(worker, state, "w"); /* expect: vmalloc-to-linear */ /* expect-note: kthread_create() registers worker() */

	(void)t;
	(void)u;
}
