/* Array elements carry regions: a local array of pointers and a global array. */
#include <linux/vmalloc.h>
#include <linux/io.h>

static void __iomem *bars[6];

void map_bars(resource_size_t base)
{
	bars[0] = ioremap(base, 4096);
}

phys_addr_t elems(unsigned long n, int i)
{
	void *bufs[4];

	bufs[i] = vmalloc(n);
	return __pa(bufs[i]) /* expect: vmalloc-to-linear */
		+ virt_to_phys(bars[0]); /* expect: ioremap-to-linear */
}
