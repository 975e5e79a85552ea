/* Trap: timer_setup() on a timer inside kmalloc() memory: the callback's __pa() of the object is correct. */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/timer.h>
#include <asm/page.h>

struct port {
	int id;
	struct timer_list timer;
};

static void port_timeout(struct timer_list *t)
{
	struct port *p = from_timer(p, t, timer);
	unsigned long pa = __pa(p);

	(void)pa;
}

void port_start(void)
{
	struct port *p = kmalloc(sizeof(*p), GFP_KERNEL);

	timer_setup(&p->timer, port_timeout, 0);
	mod_timer(&p->timer, 10);
}
