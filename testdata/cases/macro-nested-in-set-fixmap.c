/* Nested macro arguments: set_fixmap(idx, __pa(this_cpu_ptr(&v))): one finding at the __pa, naming the fixmap. */
#include <linux/percpu.h>
#include <asm/fixmap.h>

struct apic_page {
	u32 regs[1024];
};
DEFINE_PER_CPU_PAGE_ALIGNED(struct apic_page, apic_page);

void map_apic_page(void)
{
	set_fixmap(FIX_APIC_BASE, __pa(this_cpu_ptr(&apic_page))); /* expect: percpu-to-linear */ /* expect-text: fixmap */
}
