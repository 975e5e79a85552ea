/* A listed sanitizer macro (__pa_symbol, on a symbol of the kernel image) silences the sink its body expands to (__phys_addr), even on a percpu pointer; the same pointer through __pa() is reported, so the pointer is tracked. */
#include <linux/percpu.h>
#include <asm/page.h>

DEFINE_PER_CPU(int, image_counter);

phys_addr_t through_sanitizer_macro(void)
{
	return __pa_symbol(&image_counter); /* the section copy is in the image */
}

phys_addr_t through_sink(void)
{
	return __pa(&image_counter); /* expect: percpu-to-linear */
}
