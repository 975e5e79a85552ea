/* Several fixes in one file: two in one hunk, one with a two-byte
 * character before it on its line (SARIF counts UTF-16 units), and a last
 * line without a newline. */
#include <linux/percpu.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <asm/page.h>

static DEFINE_PER_CPU(int, counter);

unsigned long both(void)
{
	void *buf = vmalloc(4096);
	struct page *pg = virt_to_page(buf); /* fix: virt_to_page vmalloc_to_page */
	(void)pg;
	/* é */ return __pa(this_cpu_ptr(&counter)); /* fix: __pa per_cpu_ptr_to_phys */
}

unsigned long last(void)
{
	return __pa(vmalloc(16)); /* fix: __pa slow_virt_to_phys */ }