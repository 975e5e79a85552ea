/* With CONFIG_DEBUG_VIRTUAL the sanitizer macro __pa_symbol() expands to the extern sink function __phys_addr(): on a symbol of the kernel image it is still silenced, while __pa() of the same pointer on the same line is reported. */
/* check-flags: -DCONFIG_DEBUG_VIRTUAL */
#include <linux/percpu.h>
#include <asm/page.h>

DEFINE_PER_CPU(int, image_counter);

phys_addr_t through_sanitizer_macro(void)
{
	return __pa_symbol(&image_counter) + __pa(&image_counter); /* expect: percpu-to-linear@39 */
}
