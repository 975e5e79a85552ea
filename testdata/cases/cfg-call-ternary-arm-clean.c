/* The counterpart of cfg-call-ternary-arm: the helper that translates with virt_to_page() runs only in the arm where is_vmalloc_addr(p) is false: quiet. */
#include <linux/mm.h>

static struct page *to_page(const void *p)
{
	return virt_to_page(p);
}

struct page *ternary_arm(const void *p)
{
	return is_vmalloc_addr(p) ? vmalloc_to_page(p) : to_page(p);
}
