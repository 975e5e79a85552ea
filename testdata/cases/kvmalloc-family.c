/* kvmalloc, kvzalloc, kvmalloc_array and kvcalloc may fall back to vmalloc: kvmalloc-to-linear. */
#include <linux/slab.h>
#include <asm/page.h>

void kv_family(phys_addr_t *pa, size_t n)
{
	pa[0] = __pa(kvmalloc(n, GFP_KERNEL)); /* expect: kvmalloc-to-linear */
	pa[1] = __pa(kvzalloc(n, GFP_KERNEL)); /* expect: kvmalloc-to-linear */
	pa[2] = __pa(kvmalloc_array(n, 8, GFP_KERNEL)); /* expect: kvmalloc-to-linear */
	pa[3] = __pa(kvcalloc(n, 8, GFP_KERNEL)); /* expect: kvmalloc-to-linear */
}
