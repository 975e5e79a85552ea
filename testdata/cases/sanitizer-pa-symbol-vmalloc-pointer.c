/* __pa_symbol() on a pointer (not a symbol of the kernel image) is a linear-only translation: a vmalloc pointer there is reported. */
#include <linux/vmalloc.h>
#include <asm/page.h>

unsigned long not_a_symbol(size_t n)
{
	void *p = vmalloc(n);

	return __pa_symbol(p); /* expect: vmalloc-to-linear */ /* expect-text: __pa_symbol */
}
