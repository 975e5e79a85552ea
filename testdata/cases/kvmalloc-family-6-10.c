/* 6.10+ style: kvmalloc & co. are macros over alloc_hooks(kvmalloc_node_noprof(...)); still kvmalloc sources. */
/* check-flags: -DXC_LINUX_6_10 */
#include <linux/slab.h>
#include <asm/page.h>

void kv_family(phys_addr_t *pa, size_t n)
{
	pa[0] = __pa(kvmalloc(n, GFP_KERNEL)); /* expect: kvmalloc-to-linear */
	pa[1] = __pa(kvzalloc(n, GFP_KERNEL)); /* expect: kvmalloc-to-linear */
	pa[2] = __pa(kvmalloc_array(n, 8, GFP_KERNEL)); /* expect: kvmalloc-to-linear */
	pa[3] = __pa(kvcalloc(n, 8, GFP_KERNEL)); /* expect: kvmalloc-to-linear */
}
