/* The link's dedup case: this TU's own analysis reports
 * virt_to_phys(ring_buf) (it sees init() fill the global); the link
 * reaches the same sink from other.json's store too, and must not repeat
 * the finding: the report holds the TU's own, with its own path. */
#include <linux/vmalloc.h>
#include <asm/io.h>

void *ring_buf;

void init(size_t n)
{
	ring_buf = vmalloc(n);
}

phys_addr_t ring_phys(void)
{
	return virt_to_phys(ring_buf);
}
