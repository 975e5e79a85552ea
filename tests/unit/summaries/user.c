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
