/* Trap: a value read out of vmalloc memory (table[0]) is not a vmalloc address; only the table's own address is. */
#include <linux/vmalloc.h>
#include <asm/page.h>

phys_addr_t first_entry_phys(size_t n)
{
	unsigned long *table = vmalloc(n * sizeof(*table));
	unsigned long va = table[0];
	void **slots = (void **)table;

	return __pa(va) + __pa(slots[1]);
}
