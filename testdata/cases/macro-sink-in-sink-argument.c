/* A function sink written in a sink macro's argument keeps its own name: under CONFIG_DEBUG_VIRTUAL __pa() is a call of __phys_addr(), and the finding at virt_to_phys() inside it says virt_to_phys(), not __pa(). */
/* check-flags: -DCONFIG_DEBUG_VIRTUAL */
#include <linux/vmalloc.h>
#include <asm/io.h>

phys_addr_t inner_sink(void)
{
	void *v = vmalloc(64);

	return __pa(virt_to_phys(v)); /* expect: vmalloc-to-linear@14 */ /* expect-text: reaches virt_to_phys() */ /* expect-text: use vmalloc_to_page() and page_to_phys() */
}
