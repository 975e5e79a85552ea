#include "shared.h"

unsigned long a_fn(void *p)
{
	return used_by_both(vmalloc(16)) + __pa(p); /* @a_own */
}
