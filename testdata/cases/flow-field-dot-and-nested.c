/* Fields written with '.' on a local struct and read with '->' elsewhere are the same (type, field) slot. */
#include <linux/percpu.h>
#include <asm/page.h>

struct cpu_ref {
	int *slot;
	int cpu;
};

DEFINE_PER_CPU(int, cpu_slot);
extern void publish(struct cpu_ref *ref);

void make_ref(int cpu)
{
	struct cpu_ref ref;

	ref.slot = per_cpu_ptr(&cpu_slot, cpu);
	ref.cpu = cpu;
	publish(&ref);
}

phys_addr_t ref_phys(const struct cpu_ref *ref)
{
	return __pa(ref->slot); /* expect: percpu-to-linear */
}
