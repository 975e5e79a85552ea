/* early_memremap()/early_ioremap() map boot data in FIX_BTMAP fixmap slots: __pa() of the mapping is wrong. */
#include <asm/io.h>

phys_addr_t table_phys(resource_size_t phys, unsigned long size)
{
	void *t = early_memremap(phys, size);

	return __pa(t); /* expect: fixmap-to-linear */ /* expect-note: early_memremap */
}

unsigned long regs_pfn(resource_size_t phys, unsigned long size)
{
	void __iomem *r = early_ioremap(phys, size);

	return virt_to_phys((void *)r) >> PAGE_SHIFT; /* expect: fixmap-to-linear */
}
