/* ioremap, ioremap_cache, ioremap_wc and ioremap_uc return ioremap (MMIO) mappings, never linear-map addresses. */
#include <linux/io.h>
#include <linux/mm.h>

void mmio_phys(phys_addr_t *pa, resource_size_t bar, struct page **pg)
{
	void __iomem *regs = ioremap(bar, 4096);

	pa[0] = virt_to_phys(regs); /* expect: ioremap-to-linear */
	pa[1] = __pa(ioremap_cache(bar, 4096)); /* expect: ioremap-to-linear */
	pa[2] = __pa(ioremap_wc(bar, 4096)); /* expect: ioremap-to-linear */
	*pg = virt_to_page(ioremap_uc(bar, 4096)); /* expect: ioremap-to-linear */
}
