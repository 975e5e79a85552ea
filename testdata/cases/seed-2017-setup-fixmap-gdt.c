/* The 2017 bug: setup_fixmap_gdt() translated the percpu GDT with __pa() to remap it read-only in the fixmap. */
#include <asm/desc.h>
#include <asm/fixmap.h>

/* Set up the read-only GDT remap for @cpu (Linux 4.12, arch/x86/kernel/cpu/common.c). */
void setup_fixmap_gdt(int cpu)
{
	pgprot_t prot = PAGE_KERNEL_RO;

	__set_fixmap(get_cpu_gdt_ro_index(cpu), __pa(get_cpu_gdt_rw(cpu)), prot); /* expect: percpu-to-linear */ /* expect-note: get_cpu_gdt_rw */ /* expect-text: fixmap */
}
