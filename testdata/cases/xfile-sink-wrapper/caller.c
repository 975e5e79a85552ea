/* Cross-file: vmalloc memory passed to buf_phys() (wrap.c). */
#include <linux/types.h>
#include <linux/vmalloc.h>

phys_addr_t buf_phys(void *buf);

phys_addr_t setup(void)
{
	void *buf = vmalloc(4096);
	return buf_phys(buf); /* expect: vmalloc-to-linear */ /* expect-note: arrives in buf_phys() */
}
