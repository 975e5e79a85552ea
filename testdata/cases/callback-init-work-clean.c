/* Trap: INIT_WORK() and INIT_DELAYED_WORK() on a kzalloc()ed work item: the callbacks translate linear memory. */
#include <linux/kernel.h>
#include <linux/slab.h>
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
	struct job *j = kzalloc(sizeof(*j), GFP_KERNEL);

	INIT_WORK(&j->work, job_fn);
	INIT_DELAYED_WORK(&j->dwork, job_delayed_fn);
}
