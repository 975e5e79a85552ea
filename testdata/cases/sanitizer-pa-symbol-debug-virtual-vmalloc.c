/* With CONFIG_DEBUG_VIRTUAL, __phys_addr_symbol() called on a vmalloc pointer is a linear-only translation too. */
/* check-flags: -DCONFIG_DEBUG_VIRTUAL */
#include <linux/vmalloc.h>
#include <asm/page.h>

unsigned long not_a_symbol_debug(size_t n)
{
	void *p = vmalloc(n);

	return __pa_symbol(p); /* expect: vmalloc-to-linear */
}
