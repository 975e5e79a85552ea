/* ... and here per_cpu_ptr() moves a pointer by it.  __per_cpu_offset is
 * a variable the rules name as a source (percpu): its reads yield a CPU's
 * percpu area, and what the setup file computed into it is no cross-file
 * fact (else every per_cpu_ptr() of the program would be vmalloc memory). */
#include <linux/percpu.h>
#include <asm/page.h>

struct stats {
	unsigned long n;
};

static DEFINE_PER_CPU(struct stats, stats);

unsigned long stats_phys(int cpu)
{
	return __pa(per_cpu_ptr(&stats, cpu)); /* expect: percpu-to-linear */
}
