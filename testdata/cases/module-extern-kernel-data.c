/* Trap: a module referring to data defined elsewhere (the kernel image: declared extern, not defined here) is linear. */
/* check-flags: -DMODULE */
#include <linux/module.h>
#include <asm/page.h>

extern char empty_zero_page[PAGE_SIZE];
extern unsigned long kernel_flags;

unsigned long zero_page_phys(void)
{
	return __pa(empty_zero_page) + __pa(&kernel_flags);
}
