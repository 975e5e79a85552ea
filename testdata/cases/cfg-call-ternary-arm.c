/* A call in an arm of ?: runs in that arm's block, after the guard-branch: in the arm where is_vmalloc_addr(p) is true, passing p to a helper that translates it with virt_to_page() is a finding even though p's origin is unknown. */
#include <linux/mm.h>

static struct page *to_page(const void *p)
{
	return virt_to_page(p);
}

struct page *ternary_arm(const void *p)
{
	return is_vmalloc_addr(p) ? to_page(p) : vmalloc_to_page(p); /* expect: vmalloc-to-linear */ /* expect-note: is_vmalloc_addr() is true here */ /* expect-note: passed to to_page() as argument 1 */
}
