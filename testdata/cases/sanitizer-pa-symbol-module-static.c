/* __pa_symbol() is only for symbols of the kernel image: on a module's static data it is a linear-only translation like __pa(). */
/* check-flags: -DMODULE */
#include <asm/page.h>

static char scratch[4096];

unsigned long scratch_phys(void)
{
	return __pa_symbol(scratch); /* expect: module-to-linear */ /* expect-note: static data of a module */
}
