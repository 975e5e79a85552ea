/* Same bug through virt_to_phys() and a local: still one finding, at the translation, naming the fixmap. */
#include <asm/desc.h>
#include <asm/fixmap.h>
#include <asm/io.h>

void setup_fixmap_gdt(int cpu)
{
	struct desc_struct *gdt = get_cpu_gdt_rw(cpu);
	phys_addr_t pa = virt_to_phys(gdt); /* expect: percpu-to-linear */ /* expect-note: get_cpu_gdt_rw */ /* expect-text: fixmap */

	__set_fixmap(get_cpu_gdt_ro_index(cpu), pa, PAGE_KERNEL_RO);
}
