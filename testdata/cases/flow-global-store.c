/* A vmalloc pointer stored in a global in one function reaches a sink through that global in another. */
#include <linux/vmalloc.h>
#include <asm/io.h>

static void *trace_buf;
char *log_area;

void trace_init(unsigned long size)
{
	trace_buf = vmalloc(size);
	log_area = vzalloc(size);
}

phys_addr_t trace_phys(void)
{
	return virt_to_phys(trace_buf) /* expect: vmalloc-to-linear */
		+ __pa(log_area + 8); /* expect: vmalloc-to-linear */
}
