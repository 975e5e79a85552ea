/* CONFIG_DEBUG_VIRTUAL: __pa() is a call of __phys_addr(), virt_to_page() reaches it through __pa(), dma_map_single() calls dma_map_single_attrs(); each finding names and hints the API written. */
/* check-flags: -DCONFIG_DEBUG_VIRTUAL */
#include <linux/dma-mapping.h>
#include <linux/vmalloc.h>

#define RING_PA(r) __pa((r) + 64)

void names_written(struct device *dev, phys_addr_t *pa, struct page **pg, dma_addr_t *d)
{
	char *v = vmalloc(4096);

	pa[0] = __pa(v); /* expect: vmalloc-to-linear */
	*pg = virt_to_page(v); /* expect: vmalloc-to-linear */
	*d = dma_map_single(dev, v, 64, DMA_TO_DEVICE); /* expect: vmalloc-to-linear */
	pa[1] = RING_PA(v); /* expect: vmalloc-to-linear */
}
/* expect-output:
macro-debug-virtual-names-written.c:12:10: warning: vmalloc pointer reaches __pa(), which is only valid on the linear map [xlatcheck:vmalloc-to-linear]
macro-debug-virtual-names-written.c:10:12: note: vmalloc() returns vmalloc memory
macro-debug-virtual-names-written.c:10:2: note: assigned to 'v'
macro-debug-virtual-names-written.c:12:10: note: reaches __pa()
macro-debug-virtual-names-written.c:12:10: note: use vmalloc_to_page() and page_to_phys() one page at a time
macro-debug-virtual-names-written.c:12:10: note: fix-it: replace "__pa" with "slow_virt_to_phys"
macro-debug-virtual-names-written.c:13:8: warning: vmalloc pointer reaches virt_to_page(), which is only valid on the linear map [xlatcheck:vmalloc-to-linear]
macro-debug-virtual-names-written.c:10:12: note: vmalloc() returns vmalloc memory
macro-debug-virtual-names-written.c:10:2: note: assigned to 'v'
macro-debug-virtual-names-written.c:13:8: note: reaches virt_to_page()
macro-debug-virtual-names-written.c:13:8: note: use vmalloc_to_page()
macro-debug-virtual-names-written.c:13:8: note: fix-it: replace "virt_to_page" with "vmalloc_to_page"
macro-debug-virtual-names-written.c:14:7: warning: vmalloc pointer reaches dma_map_single(), which is only valid on the linear map [xlatcheck:vmalloc-to-linear]
macro-debug-virtual-names-written.c:10:12: note: vmalloc() returns vmalloc memory
macro-debug-virtual-names-written.c:10:2: note: assigned to 'v'
macro-debug-virtual-names-written.c:14:7: note: reaches dma_map_single()
macro-debug-virtual-names-written.c:14:7: note: map vmalloc memory page by page (vmalloc_to_page() + dma_map_page())
macro-debug-virtual-names-written.c:15:10: warning: vmalloc pointer reaches __pa(), which is only valid on the linear map [xlatcheck:vmalloc-to-linear]
macro-debug-virtual-names-written.c:10:12: note: vmalloc() returns vmalloc memory
macro-debug-virtual-names-written.c:10:2: note: assigned to 'v'
macro-debug-virtual-names-written.c:15:10: note: RING_PA() expands to __pa()
macro-debug-virtual-names-written.c:15:10: note: reaches __pa()
macro-debug-virtual-names-written.c:15:10: note: use vmalloc_to_page() and page_to_phys() one page at a time
*/
