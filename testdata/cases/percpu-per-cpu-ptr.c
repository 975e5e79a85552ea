/* per_cpu_ptr(&var, cpu) yields a percpu pointer; virt_to_phys() of it is wrong. */
#include <linux/percpu.h>
#include <asm/io.h>

struct pcpu_stats {
	unsigned long packets;
	unsigned long bytes;
};
static DEFINE_PER_CPU(struct pcpu_stats, stats);

phys_addr_t stats_phys(int cpu)
{
	struct pcpu_stats *s = per_cpu_ptr(&stats, cpu);

	return virt_to_phys(s); /* expect: percpu-to-linear */
}
