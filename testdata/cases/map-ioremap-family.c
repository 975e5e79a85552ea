/* More of the ioremap family: ioremap_prot(), devm_ioremap_wc(), memremap() (an I/O mapping unless it is WB of System RAM). */
#include <linux/io.h>
#include <linux/mm.h>

phys_addr_t regs_phys(struct device *dev, resource_size_t start, unsigned long len)
{
	void __iomem *a = ioremap_prot(start, len, 0);
	void __iomem *b = devm_ioremap_wc(dev, start, len);
	void *c = memremap(start, len, MEMREMAP_WC);

	return virt_to_phys((void *)a) /* expect: ioremap-to-linear */
		+ virt_to_phys((void *)b) /* expect: ioremap-to-linear */
		+ __pa(c); /* expect: ioremap-to-linear */ /* expect-note: memremap */
}
