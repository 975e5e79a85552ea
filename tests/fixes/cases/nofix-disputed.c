/* One __pa() reached by a pointer that may be percpu or vmalloc memory:
 * the two findings want different fixes, so neither gets one. */
#include <linux/percpu.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

static DEFINE_PER_CPU(int, counter);

unsigned long either(int big)
{
	void *p = big ? vmalloc(4096) : (void *)this_cpu_ptr(&counter);
	return __pa(p);
}
