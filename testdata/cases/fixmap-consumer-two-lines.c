/* The translation and the set_fixmap are on different lines: one finding, at the __pa line, naming the fixmap. */
#include <linux/vmalloc.h>
#include <asm/fixmap.h>

void map_log(unsigned long size)
{
	void *log = vmalloc(size);
	phys_addr_t pa = __pa(log); /* expect: vmalloc-to-linear */ /* expect-text: fixmap */

	__set_fixmap(FIX_TEXT_POKE1, pa, PAGE_KERNEL);
}
