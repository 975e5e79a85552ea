/* slow_virt_to_phys() walks the page tables: correct for any mapped address; clean. */
#include <linux/vmalloc.h>
#include <linux/percpu.h>
#include <asm/pgtable_types.h>

DEFINE_PER_CPU(int, cpu_val);

phys_addr_t walk_phys(size_t n)
{
	void *v = vmalloc(n);

	return slow_virt_to_phys(v) + slow_virt_to_phys(this_cpu_ptr(&cpu_val));
}
