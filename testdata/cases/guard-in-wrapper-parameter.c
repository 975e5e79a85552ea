/* A helper that guards its parameter itself (is_vmalloc_addr ? vmalloc_to_page : virt_to_page) is safe to call with vmalloc memory. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/mm.h>

static struct page *buf_to_page(const void *buf)
{
	return is_vmalloc_addr(buf) ? vmalloc_to_page(buf) : virt_to_page(buf);
}

struct page *pages(size_t n, struct page **second)
{
	*second = buf_to_page(kvmalloc(n, GFP_KERNEL));
	return buf_to_page(vmalloc(n));
}
