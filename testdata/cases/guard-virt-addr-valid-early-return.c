/* if (!virt_addr_valid(p)) return -EINVAL; virt_to_page(p) is clean for any p: locals and a guarded parameter. */
#include <linux/percpu.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>

DEFINE_PER_CPU(int, cpu_val);

static int page_of(const void *buf, struct page **out)
{
	if (!virt_addr_valid(buf))
		return -EINVAL;
	*out = virt_to_page(buf);
	return 0;
}

int callers(size_t n, struct page **out)
{
	void *v = vmalloc(n);
	int *pc = this_cpu_ptr(&cpu_val);

	if (!virt_addr_valid(pc))
		return -EINVAL;
	*out = virt_to_page(pc);
	return page_of(v, out) + page_of(pc, out);
}
