/* vmalloc-to-linear, phys family: virt_to_phys() -> slow_virt_to_phys(). */
#include <linux/vmalloc.h>
#include <asm/io.h>
#include <asm/pgtable_types.h>

phys_addr_t buffer_phys(void)
{
	void *buf = vmalloc(4096);
	return virt_to_phys(buf); /* fix: virt_to_phys slow_virt_to_phys */
}
