/* annotate("xlatcheck:returns:vmalloc") on a declaration makes an opaque function a vmalloc source. */
#include <linux/types.h>
#include <asm/page.h>

extern void *pool_get(size_t n) __attribute__((annotate("xlatcheck:returns:vmalloc")));
extern void *pool_get_plain(size_t n);

phys_addr_t pool_phys(size_t n)
{
	return __pa(pool_get(n)) /* expect: vmalloc-to-linear */
		+ __pa(pool_get_plain(n));
}
