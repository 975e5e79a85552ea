/* Trap: a pointer read out of untracked memory (*pp, pp[i] of a void **) has no region. */
#include <asm/page.h>

struct holder;
extern void **lookup_slot(struct holder *h);

phys_addr_t slot_phys(void **pp, struct holder *h, int i)
{
	void **slot = lookup_slot(h);

	return __pa(*pp) + __pa(pp[i]) + __pa(*slot);
}
