#include "shared.h"

unsigned long b_fn(void)
{
	return used_by_both(vmalloc(16)) + used_by_b(vmalloc(32)); /* @b_own */
}
