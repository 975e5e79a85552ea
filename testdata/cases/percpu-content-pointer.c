/* Trap: a percpu variable whose content is a pointer: the pointer read out of it points wherever it was set (untracked), not into percpu. */
#include <linux/percpu.h>
#include <linux/mm.h>

DEFINE_PER_CPU(void *, cpu_buffer);
DEFINE_PER_CPU(struct page *, cpu_page);

struct page *buffer_page(int cpu)
{
	void *buf = per_cpu(cpu_buffer, cpu);
	struct page *pg = virt_to_page(buf);

	if (!pg)
		pg = virt_to_page(this_cpu_read(cpu_buffer));
	return pg ? pg : per_cpu(cpu_page, cpu);
}
