/* Cross-file (issue 8): a wrapper that translates its argument, called
 * with vmalloc memory from the other file (caller.c).  The finding is at
 * the wrong call, as it is when both are in one file. */
#include <linux/types.h>
#include <asm/io.h>

phys_addr_t buf_phys(void *buf)
{
	return virt_to_phys(buf);
}
