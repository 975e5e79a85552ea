/* 6.10+ with CONFIG_MEM_ALLOC_PROFILING: alloc_hooks() is a statement expression with a static tag; one finding per sink. */
/* check-flags: -DXC_LINUX_6_10 -DCONFIG_MEM_ALLOC_PROFILING */
#include <linux/vmalloc.h>
#include <linux/mm.h>

struct page *table_page(unsigned long n)
{
	void *table = vzalloc(n);

	return virt_to_page(table); /* expect: vmalloc-to-linear */
}
