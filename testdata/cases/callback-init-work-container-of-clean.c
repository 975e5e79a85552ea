/* Trap: the work-item shape with a kmalloc()'d buffer: INIT_WORK(&f->work, fn), container_of() in fn() and __pa(f->buf) is correct. */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/workqueue.h>
#include <asm/page.h>

struct foo {
	void *buf;
	struct work_struct work;
};

static void foo_work(struct work_struct *work)
{
	struct foo *f = container_of(work, struct foo, work);
	unsigned long pa = __pa(f->buf);

	(void)pa;
}

struct foo *foo_create(void)
{
	struct foo *f = kzalloc(sizeof(*f), GFP_KERNEL);

	f->buf = kmalloc(4096, GFP_KERNEL);
	INIT_WORK(&f->work, foo_work);
	schedule_work(&f->work);
	return f;
}
