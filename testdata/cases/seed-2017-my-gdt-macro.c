/* A user macro whose body is per_cpu(gdt_page, c).gdt is a percpu source itself; set_fixmap names the consumer. */
#include <asm/desc.h>
#include <asm/fixmap.h>

#define my_gdt(c) per_cpu(gdt_page, c).gdt

void remap_gdt(int cpu)
{
	set_fixmap(FIX_GDT_REMAP_BEGIN + cpu, __pa(my_gdt(cpu))); /* expect: percpu-to-linear */ /* expect-text: fixmap */
}
