/* In a TU built with -DMODULE, static and global data live in module memory (module_alloc), not the linear map. */
/* check-flags: -DMODULE */
#include <linux/module.h>
#include <asm/io.h>

static char cmd_buf[64];
int mod_counter;
static struct { int a; int b; } mod_pair;

phys_addr_t module_data_phys(void)
{
	phys_addr_t pa = __pa(cmd_buf); /* expect: module-to-linear */

	pa += virt_to_phys(&mod_counter); /* expect: module-to-linear */
	pa += __pa(&mod_pair.b); /* expect: module-to-linear */
	return pa;
}

MODULE_LICENSE("GPL");
