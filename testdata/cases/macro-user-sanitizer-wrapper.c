/* Trap: a user macro around per_cpu_ptr_to_phys() (the fixed 2017 form, spelled as a macro) is clean in set_fixmap. */
#include <asm/desc.h>
#include <asm/fixmap.h>

#define GDT_PHYS(c)	per_cpu_ptr_to_phys(get_cpu_gdt_rw(c))

void remap_gdt(int cpu)
{
	set_fixmap(FIX_GDT_REMAP_BEGIN + cpu, GDT_PHYS(cpu));
}
