#include "shared.h"

unsigned long tu2(void)
{
	return shared_pa() + __pa(vmalloc(64));
}
