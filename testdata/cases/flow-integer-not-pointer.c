/* Trap: integers that were never pointers (offsets, __va of a physical address) carry no region. */
#include <asm/io.h>

phys_addr_t roundtrip(phys_addr_t phys, unsigned long off)
{
	void *va = phys_to_virt(phys);

	return __pa(PAGE_OFFSET + off) + virt_to_phys(va) + __pa(__va(phys + PAGE_SIZE));
}
