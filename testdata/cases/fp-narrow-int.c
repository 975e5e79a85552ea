/* The nearest real bug to fp-narrow-int-clean: the asm's output is as
 * wide as a pointer (an unsigned long), so it may be the user address
 * itself, and translating it is reported. */
#include <linux/slab.h>
#include <linux/mm.h>

struct sic_hdr {
	unsigned int inlen;
};

struct page *map_user(struct sic_hdr __user *sic)
{
	unsigned long addr;
	unsigned long val;

	asm volatile("" : "=r"(val) : "0"(sic));
	addr = val;
	return virt_to_page((void *)addr); /* expect: user-to-linear */
}
