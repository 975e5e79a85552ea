/* Trap: tasklet_setup() and call_rcu() on kzalloc() memory: their callbacks translate correctly. */
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
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
	struct ctx *c = kzalloc(sizeof(*c), GFP_KERNEL);

	tasklet_setup(&c->tasklet, ctx_tasklet);
	call_rcu(&c->rcu, ctx_free_rcu);
}
