/* set_fixmap_nocache() and set_fixmap_io() are consumers too: the finding stays at the translation. */
#include <linux/percpu.h>
#include <linux/io.h>
#include <asm/fixmap.h>

DEFINE_PER_CPU(u32, cpu_mailbox);

void map_mailboxes(int cpu, resource_size_t bar)
{
	void __iomem *regs = ioremap(bar, PAGE_SIZE);

	set_fixmap_nocache(FIX_APIC_BASE, __pa(per_cpu_ptr(&cpu_mailbox, cpu))); /* expect: percpu-to-linear */ /* expect-text: fixmap */
	set_fixmap_io(FIX_IO_APIC_BASE_0, virt_to_phys(regs)); /* expect: ioremap-to-linear */ /* expect-text: fixmap */
}
