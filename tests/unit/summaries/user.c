/* The file whose facts another file closes: one TU checked alone. */
#include "ring.h"

unsigned long user_result(void)
{
	void *p = ring_alloc(64);
	return __pa(p);
}

unsigned long user_wrapper(void *q)
{
	return ring_phys(q);
}

unsigned long user_global(void)
{
	return __pa(shared_buf);
}

unsigned long user_field(struct ring *r)
{
	return __pa(r->buf);
}

unsigned long user_indirect(void *(*get)(void))
{
	return __pa(get());
}

/* A callee with a body here that passes its parameter on to a call the
 * file cannot close: the call to it is recorded with the input; one that
 * does not is not. */
static void hold(void *p)
{
	ring_keep(p);
}

static unsigned long plain(void *p)
{
	return (unsigned long)p;
}

unsigned long user_forward(struct ring *r)
{
	hold(r->buf);
	return plain(r->buf);
}

/* A guard narrows an input: the sink lists the regions left. */
unsigned long user_guarded(void *q)
{
	if (!is_vmalloc_addr(q))
		return __pa(q);
	return 0;
}
