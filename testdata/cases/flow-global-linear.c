/* Trap: a global that only ever holds kmalloc memory is clean wherever it is translated. */
#include <linux/slab.h>
#include <asm/io.h>

static void *cmd_area;

void cmd_init(size_t n)
{
	cmd_area = kzalloc(n, GFP_KERNEL);
}

phys_addr_t cmd_phys(void)
{
	return virt_to_phys(cmd_area);
}
