/* INIT_WORK() and INIT_DELAYED_WORK() register a callback that receives the work item: a work item in vmalloc memory reaches the callback's translation. */
#include <linux/kernel.h>
#include <linux/vmalloc.h>
#include <linux/workqueue.h>
#include <linux/mm.h>
#include <asm/page.h>

struct job {
	struct work_struct work;
	struct delayed_work dwork;
	int id;
};

static void job_fn(struct work_struct *work)
{
	unsigned long pa = __pa(work);

	(void)pa;
}

static void job_delayed_fn(struct work_struct *work)
{
	struct delayed_work *dw = to_delayed_work(work);
	struct job *j = container_of(dw, struct job, dwork);

	(void)virt_to_page(j);
}

void job_start(void)
{
	struct job *j = vzalloc(sizeof(*j));

	INIT_WORK(&j->work, job_fn); /* expect: vmalloc-to-linear */ /* expect-note: INIT_WORK() registers job_fn(), which receives it as argument 1 */
	INIT_DELAYED_WORK(&j->dwork, job_delayed_fn); /* expect: vmalloc-to-linear */ /* expect-note: INIT_DELAYED_WORK() registers job_delayed_fn() */
}
