/* __pa_nodebug() is the unchecked __pa: still linear-only.  module_alloc() memory is module memory. */
#include <linux/moduleloader.h>
#include <asm/page.h>

unsigned long trampoline_phys(void)
{
	void *tramp = module_alloc(PAGE_SIZE);

	return __pa_nodebug(tramp); /* expect: module-to-linear */
}
