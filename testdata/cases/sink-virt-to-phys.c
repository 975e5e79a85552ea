/* virt_to_phys() (x86: "#define virt_to_phys virt_to_phys" + static inline over __pa) is a sink; one finding, at the call. */
#include <linux/vmalloc.h>
#include <asm/io.h>

phys_addr_t ring_phys(unsigned long size)
{
	void *ring = vmalloc(size);

	return virt_to_phys(ring); /* expect: vmalloc-to-linear */
}
