/* Trap: percpu pointers that are only dereferenced, compared or passed along (never translated) are fine. */
#include <linux/percpu.h>

struct pcpu_hits {
	unsigned long hits;
	unsigned long misses;
};
static DEFINE_PER_CPU(struct pcpu_hits, pcpu_hits);
extern void account(struct pcpu_hits *h);

unsigned long count_hit(int cpu, bool hit)
{
	struct pcpu_hits *h = per_cpu_ptr(&pcpu_hits, cpu);

	if (hit)
		this_cpu_ptr(&pcpu_hits)->hits++;
	else
		h->misses++;
	account(h);
	return h == this_cpu_ptr(&pcpu_hits) ? h->hits : 0;
}
