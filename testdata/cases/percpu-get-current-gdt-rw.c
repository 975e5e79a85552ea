/* get_current_gdt_rw() (asm/desc.h) returns this_cpu_ptr(&gdt_page)->gdt: a header static inline as a percpu source. */
#include <asm/desc.h>
#include <asm/io.h>

phys_addr_t current_gdt_phys(void)
{
	return virt_to_phys(get_current_gdt_rw()); /* expect: percpu-to-linear */ /* expect-note: get_current_gdt_rw */
}
