/* Trap: sizeof(*percpu_ptr) and sizeof(per_cpu(..)) are sizes, not addresses; the kmalloc'd buffer is linear. */
#include <linux/percpu.h>
#include <linux/slab.h>

struct cpu_ctx {
	char state[48];
};
static DEFINE_PER_CPU(struct cpu_ctx, cpu_ctx);

phys_addr_t snapshot_phys(int cpu)
{
	struct cpu_ctx *pcp = per_cpu_ptr(&cpu_ctx, cpu);
	char *snap = kmalloc(sizeof(*pcp) + sizeof(per_cpu(cpu_ctx, cpu)), GFP_KERNEL);

	return __pa(snap + sizeof(*pcp));
}
