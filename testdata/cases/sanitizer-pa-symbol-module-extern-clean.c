/* Trap: a module may still take __pa_symbol() of the kernel image's own symbols (extern data it does not define); clean. */
/* check-flags: -DMODULE */
#include <asm/page.h>

extern char _text[];

unsigned long text_phys(void)
{
	return __pa_symbol(_text);
}
