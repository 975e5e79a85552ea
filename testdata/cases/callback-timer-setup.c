/* timer_setup(&t->timer, fn, 0) registers fn, which receives the timer: from_timer() in fn gets back to the object, here in vmalloc memory. */
#include <linux/kernel.h>
#include <linux/timer.h>
#include <linux/vmalloc.h>
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
	struct port *p = vmalloc(sizeof(*p));

	timer_setup(&p->timer, port_timeout, 0); /* expect: vmalloc-to-linear */ /* expect-note: timer_setup() registers port_timeout(), which receives it as argument 1 */
	mod_timer(&p->timer, 10);
}
