/* Trap: a fixmap address used as a mapping (read through, compared, converted back to an index) is fine. */
#include <asm/fixmap.h>
#include <asm/io.h>

unsigned int apic_id(void)
{
	unsigned long va = fix_to_virt(FIX_APIC_BASE);
	void __iomem *regs = (void __iomem *)va;

	if (virt_to_fix(va) != FIX_APIC_BASE)
		return 0;
	return readl(regs + 0x20);
}
