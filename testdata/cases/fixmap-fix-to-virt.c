/* fix_to_virt()/__fix_to_virt() give fixmap addresses; translating them with __pa/virt_to_page is wrong. */
#include <asm/fixmap.h>
#include <linux/mm.h>

phys_addr_t poke_phys(struct page **pg)
{
	void *poke = (void *)fix_to_virt(FIX_TEXT_POKE0);

	*pg = virt_to_page((void *)__fix_to_virt(FIX_APIC_BASE)); /* expect: fixmap-to-linear */
	return __pa(poke); /* expect: fixmap-to-linear */
}
