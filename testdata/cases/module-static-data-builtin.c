/* The same code built into the kernel (no -DMODULE): static and global data are linear, clean. */
#include <linux/module.h>
#include <asm/io.h>

static char cmd_buf[64];
int mod_counter;
static struct { int a; int b; } mod_pair;

phys_addr_t module_data_phys(void)
{
	phys_addr_t pa = __pa(cmd_buf);

	pa += virt_to_phys(&mod_counter);
	pa += __pa(&mod_pair.b);
	return pa;
}

MODULE_LICENSE("GPL");
