/* Cross-file (issue 8): the setup code fills __per_cpu_offset[] with the
 * distance of a vmalloc'd area from the percpu section, as
 * setup_per_cpu_areas() does with the first chunk's base ... */
#include <linux/percpu.h>
#include <linux/vmalloc.h>

extern char __per_cpu_start[];

void setup_offsets(void)
{
	void *base = vmalloc(1 << 20);
	unsigned long delta = (unsigned long)base - (unsigned long)__per_cpu_start;

	__per_cpu_offset[0] = delta;
}
