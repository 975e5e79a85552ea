/* End-to-end suppression cases: real code the engine analyses.  Every
 * function passes vmalloc memory to __pa(); the comments decide what the
 * report shows (checked by e2e.sh). */
#include <linux/mm.h>
#include <linux/vmalloc.h>

unsigned long reported(void)
{
	return __pa(vmalloc(4096));
}

unsigned long same_line(void)
{
	return __pa(vmalloc(4096)); /* xlatcheck: ignore[vmalloc-to-linear] freed before remap */
}

unsigned long line_above(void)
{
	// xlatcheck: ignore[vmalloc-to-linear] the caller checked is_vmalloc_addr()
	return __pa(vmalloc(4096));
}

unsigned long without_reason(void)
{
	return __pa(vmalloc(4096)); /* xlatcheck: ignore[vmalloc-to-linear] */
}

/* xlatcheck: ignore[vmalloc-to-linear] whole function reviewed */
unsigned long whole_function(void)
{
	unsigned long a = __pa(vmalloc(4096));

	return a + __pa(vmalloc(8192));
}

unsigned long stale(void *p)
{
	/* xlatcheck: ignore[vmalloc-to-linear] fixed since */
	return (unsigned long)p;
}

__attribute__((annotate("xlatcheck:ignore:vmalloc-to-linear:linear alias checked")))
unsigned long annotated(void)
{
	return __pa(vmalloc(4096));
}
