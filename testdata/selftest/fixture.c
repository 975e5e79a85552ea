/* Runner self-test fixture: the expectations are what fake outputs are
 * compared against; the code itself is never analysed. */
#include <linux/percpu.h>
#include <linux/vmalloc.h>
#include <asm/fixmap.h>

DEFINE_PER_CPU(int, fixture_counter);

phys_addr_t fixture(int cpu)
{
	void *v = vmalloc(64);

	__set_fixmap(FIX_APIC_BASE, __pa(per_cpu_ptr(&fixture_counter, cpu)), PAGE_KERNEL); /* expect: percpu-to-linear */ /* expect-note: per_cpu_ptr */ /* expect-text: fixmap */
	return __pa(v); /* expect: vmalloc-to-linear */
}
