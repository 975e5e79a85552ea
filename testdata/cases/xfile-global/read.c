/* Cross-file: the global ring_buf, filled in fill.c, translated here. */
#include <linux/types.h>
#include <asm/io.h>

extern void *ring_buf;

phys_addr_t ring_buf_phys(void)
{
	return virt_to_phys(ring_buf); /* expect: vmalloc-to-linear */ /* expect-note: assigned to 'ring_buf' */
}
