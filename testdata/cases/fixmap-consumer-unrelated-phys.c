/* Trap: __set_fixmap/set_fixmap with a physical address that is not a translation of a non-linear pointer: clean. */
#include <linux/slab.h>
#include <asm/fixmap.h>

void map_apic(phys_addr_t apic_phys)
{
	void *shadow = kmalloc(PAGE_SIZE, GFP_KERNEL);

	__set_fixmap(FIX_APIC_BASE, apic_phys, PAGE_KERNEL_NOCACHE);
	set_fixmap(FIX_IO_APIC_BASE_0, 0xfec00000);
	set_fixmap_nocache(FIX_DBGP_BASE, __pa(shadow));
	clear_fixmap(FIX_TEXT_POKE0);
}
