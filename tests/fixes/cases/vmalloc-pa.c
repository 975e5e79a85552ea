/* vmalloc-to-linear, phys family: __pa() -> slow_virt_to_phys(). */
#include <linux/vmalloc.h>
#include <asm/page.h>
#include <asm/pgtable_types.h>

unsigned long buffer_phys(void)
{
	void *buf = vmalloc(4096);
	return __pa(buf); /* fix: __pa slow_virt_to_phys */
}
