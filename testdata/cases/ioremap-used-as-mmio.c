/* Trap: ioremap memory read with readl and unmapped, its bus address known as phys_addr_t: no translation, clean. */
#include <linux/io.h>
#include <asm/fixmap.h>

unsigned int probe(resource_size_t bar)
{
	void __iomem *regs = ioremap(bar, 0x100);
	unsigned int v = readl(regs + 4);

	set_fixmap_io(FIX_IO_APIC_BASE_0, bar);
	iounmap(regs);
	return v;
}
