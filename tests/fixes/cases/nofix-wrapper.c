/* vmalloc-to-linear through a wrapper macro: the text at the finding is
 * MY_PA, not __pa, and the sink is in the macro's body: no fix. */
#include <linux/vmalloc.h>
#include <asm/page.h>

#define MY_PA(p) __pa(p)

unsigned long wrapped(void)
{
	return MY_PA(vmalloc(16));
}
