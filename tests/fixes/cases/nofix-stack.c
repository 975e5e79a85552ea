/* stack-to-linear: no safe rewrite (the buffer must move), so no fix. */
#include <asm/page.h>

unsigned long stack_phys(void)
{
	char buf[16];
	return __pa(buf);
}
