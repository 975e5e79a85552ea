/* Every vmalloc-family allocator (6.1 functions) returns vmalloc memory. */
#include <linux/vmalloc.h>
#include <asm/page.h>

void vmalloc_family(phys_addr_t *pa, unsigned long n, int node)
{
	pa[0] = __pa(vmalloc(n)); /* expect: vmalloc-to-linear */
	pa[1] = __pa(vzalloc(n)); /* expect: vmalloc-to-linear */
	pa[2] = __pa(vmalloc_user(n)); /* expect: vmalloc-to-linear */
	pa[3] = __pa(vmalloc_node(n, node)); /* expect: vmalloc-to-linear */
	pa[4] = __pa(vmalloc_32(n)); /* expect: vmalloc-to-linear */
	pa[5] = __pa(__vmalloc(n, GFP_KERNEL)); /* expect: vmalloc-to-linear */
	pa[6] = __pa(__vmalloc_node(n, 1, GFP_KERNEL, node, NULL)); /* expect: vmalloc-to-linear */
}
