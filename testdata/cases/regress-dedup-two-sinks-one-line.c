/* Two sinks on one line are two findings: the de-duplication key holds the column. */
#include <linux/vmalloc.h>
#include <asm/page.h>

phys_addr_t two_on_one_line(void)
{
	void *a = vmalloc(8), *b = vmalloc(16);

	return __pa(a) + __pa(b); /* expect: vmalloc-to-linear@9, vmalloc-to-linear@19 */
}

/* expect-output:
regress-dedup-two-sinks-one-line.c:9:9: warning: vmalloc pointer reaches __pa(), which is only valid on the linear map [xlatcheck:vmalloc-to-linear]
regress-dedup-two-sinks-one-line.c:7:12: note: vmalloc() returns vmalloc memory
regress-dedup-two-sinks-one-line.c:7:2: note: assigned to 'a'
regress-dedup-two-sinks-one-line.c:9:9: note: reaches __pa()
regress-dedup-two-sinks-one-line.c:9:9: note: use vmalloc_to_page() and page_to_phys() one page at a time
regress-dedup-two-sinks-one-line.c:9:9: note: fix-it: replace "__pa" with "slow_virt_to_phys"
regress-dedup-two-sinks-one-line.c:9:19: warning: vmalloc pointer reaches __pa(), which is only valid on the linear map [xlatcheck:vmalloc-to-linear]
regress-dedup-two-sinks-one-line.c:7:29: note: vmalloc() returns vmalloc memory
regress-dedup-two-sinks-one-line.c:7:25: note: assigned to 'b'
regress-dedup-two-sinks-one-line.c:9:19: note: reaches __pa()
regress-dedup-two-sinks-one-line.c:9:19: note: use vmalloc_to_page() and page_to_phys() one page at a time
regress-dedup-two-sinks-one-line.c:9:19: note: fix-it: replace "__pa" with "slow_virt_to_phys"
*/
