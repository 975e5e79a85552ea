/* The work-item shape: INIT_WORK(&f->work, fn) and fn() finds its object with container_of(); f->buf holds what the TU stores into foo.buf (vmalloc memory here). */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/workqueue.h>
#include <asm/page.h>

struct foo {
	void *buf;
	struct work_struct work;
};

static void foo_work(struct work_struct *work)
{
	struct foo *f = container_of(work, struct foo, work);
	unsigned long pa = __pa(f->buf); /* expect: vmalloc-to-linear */ /* expect-note: stored in field 'buf' of foo */ /* expect-note: INIT_WORK() registers foo_work(), which reads it */

	(void)pa;
}

struct foo *foo_create(void)
{
	struct foo *f = kzalloc(sizeof(*f), GFP_KERNEL);

	f->buf = vmalloc(1 << 20);
	INIT_WORK(&f->work, foo_work);
	schedule_work(&f->work);
	return f;
}
