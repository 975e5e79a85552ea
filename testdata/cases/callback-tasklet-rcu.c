/* tasklet_setup() and call_rcu() are functions that register a callback receiving their first argument. */
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/rcupdate.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

struct ctx {
	struct tasklet_struct tasklet;
	struct rcu_head rcu;
};

static void ctx_tasklet(struct tasklet_struct *t)
{
	struct ctx *c = from_tasklet(c, t, tasklet);
	unsigned long pa = __pa(c);

	(void)pa;
}

static void ctx_free_rcu(struct rcu_head *head)
{
	unsigned long pa = __pa(head);

	(void)pa;
}

void ctx_start(void)
{
	struct ctx *c = vzalloc(sizeof(*c));

	tasklet_setup(&c->tasklet, ctx_tasklet); /* expect: vmalloc-to-linear */ /* expect-note: tasklet_setup() registers ctx_tasklet(), which receives it as argument 1 */
	call_rcu(&c->rcu, ctx_free_rcu); /* expect: vmalloc-to-linear */ /* expect-note: call_rcu() registers ctx_free_rcu() */
}
