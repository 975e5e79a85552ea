/* Trap: built-in kernel globals (arrays, scalars, struct fields) are in the linear map; __pa of them is fine. */
#include <asm/io.h>

static char boot_buf[256];
unsigned long boot_flags;
struct boot_params_like {
	u32 magic;
	u8 cmdline[128];
} boot_params_like;

phys_addr_t boot_data_phys(void)
{
	phys_addr_t pa = __pa(boot_buf);

	pa += virt_to_phys(&boot_flags);
	pa += __pa(boot_params_like.cmdline);
	pa += __pa(&boot_params_like.magic);
	return pa;
}
