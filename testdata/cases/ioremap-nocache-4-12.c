/* ioremap_nocache() (removed in 5.6) in older code is an ioremap source as well. */
/* check-flags: -DXC_LINUX_4_12 */
#include <linux/io.h>

phys_addr_t apic_regs_phys(resource_size_t base)
{
	void __iomem *apic = ioremap_nocache(base, 0x1000);

	return virt_to_phys(apic); /* expect: ioremap-to-linear */
}
