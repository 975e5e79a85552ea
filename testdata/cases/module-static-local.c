/* A function-local static in a module is module data (not stack). */
/* check-flags: -DMODULE */
#include <linux/module.h>
#include <asm/page.h>

unsigned long once_buffer_phys(void)
{
	static char once[32];

	return __pa(once); /* expect: module-to-linear */
}
