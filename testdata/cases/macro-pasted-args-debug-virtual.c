/* With CONFIG_DEBUG_VIRTUAL __pa() is a call of the out-of-line __phys_addr(): written in pasted printk arguments it was reported as __phys_addr(), the expansion; it is named as written, like anywhere else. */
/* check-flags: -DCONFIG_DEBUG_VIRTUAL */
#include <linux/kernel.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>

void report_buffer(unsigned long n)
{
	void *buf = vmalloc(n);

	pr_info("%lx %p\n", (unsigned long)__pa(buf), virt_to_page(buf)); /* expect: vmalloc-to-linear, vmalloc-to-linear */ /* expect-note: reaches __pa() */ /* expect-note: reaches virt_to_page() */
}
