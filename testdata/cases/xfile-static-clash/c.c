/* Cross-file: an external to_phys() that no file defines: a.c's is static. */
#include <linux/vmalloc.h>
#include <linux/types.h>

phys_addr_t to_phys(void *p);

phys_addr_t c_phys(void)
{
	return to_phys(vmalloc(64));
}
