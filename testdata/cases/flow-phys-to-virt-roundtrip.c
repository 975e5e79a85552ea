/* Trap: virt_to_phys(phys_to_virt(pa)) and __pa(__va(pa)) are linear by construction. */
#include <asm/io.h>

phys_addr_t twice(phys_addr_t pa)
{
	void *va = __va(pa);

	return virt_to_phys(phys_to_virt(pa)) + __pa(va);
}
