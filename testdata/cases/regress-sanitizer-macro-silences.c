/* A listed sanitizer macro (__pa_symbol) silences the sink its body expands to (__phys_addr), even on a vmalloc pointer; the same pointer through __pa() is reported, so the pointer is tracked. */
#include <linux/vmalloc.h>
#include <asm/page.h>

phys_addr_t through_sanitizer_macro(void)
{
	void *v = vmalloc(8);

	return __pa_symbol(v); /* the rules say: trusted, however odd */
}

phys_addr_t through_sink(void)
{
	void *v = vmalloc(8);

	return __pa(v); /* expect: vmalloc-to-linear */
}
