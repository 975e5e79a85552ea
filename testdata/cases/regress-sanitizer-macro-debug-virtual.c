/* With CONFIG_DEBUG_VIRTUAL the sanitizer macro __pa_symbol() expands to the extern sink function __phys_addr(): still silenced. */
/* check-flags: -DCONFIG_DEBUG_VIRTUAL */
#include <linux/vmalloc.h>
#include <asm/page.h>

phys_addr_t through_sanitizer_macro(void)
{
	void *v = vmalloc(8);

	return __pa_symbol(v) + __pa(v); /* expect: vmalloc-to-linear@26 */
}
