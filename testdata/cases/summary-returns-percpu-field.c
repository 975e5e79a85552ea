/* A static inline helper returning per_cpu(..).field (like get_cpu_gdt_rw) is a percpu source for its callers. */
#include <linux/percpu.h>
#include <linux/scatterlist.h>

struct cpu_buf {
	u32 hdr;
	u8 data[60];
};
static DEFINE_PER_CPU(struct cpu_buf, cpu_buf);

static inline u8 *cpu_data(int cpu)
{
	return per_cpu(cpu_buf, cpu).data;
}

void queue_cpu_data(struct scatterlist *sg, int cpu)
{
	u8 *d = cpu_data(cpu);

	sg_set_buf(sg, d, 60); /* expect: percpu-to-linear */ /* expect-note: cpu_data */
}
