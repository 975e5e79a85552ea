#include "shared.h"

unsigned long tu1(void)
{
	return shared_pa();
}
