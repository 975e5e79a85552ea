/* if (unlikely(!virt_addr_valid(p))) return: the ioremap pointer cannot reach the virt_to_phys after it. */
#include <linux/io.h>
#include <linux/mm.h>

phys_addr_t regs_phys(resource_size_t bar)
{
	void __iomem *regs = ioremap(bar, 64);

	if (unlikely(!virt_addr_valid(regs)))
		return 0;
	return virt_to_phys(regs);
}
