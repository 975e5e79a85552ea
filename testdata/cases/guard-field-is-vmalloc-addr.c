/* A guard on a field narrows that field on its path: the is_vmalloc_addr(buf->data) idiom is clean, the unguarded use after it is not. */
#include <linux/mm.h>
#include <linux/slab.h>

struct ring {
	void *data;
};

void ring_init(struct ring *r, size_t n)
{
	r->data = kvmalloc(n, GFP_KERNEL);
}

struct page *ring_page(struct ring *r)
{
	if (is_vmalloc_addr(r->data))
		return vmalloc_to_page(r->data);
	return virt_to_page(r->data); /* narrowed by the early return: clean */
}

struct page *ring_page_ternary(struct ring *r)
{
	return is_vmalloc_addr(r->data) ? vmalloc_to_page(r->data) : virt_to_page(r->data);
}

struct page *ring_page_unguarded(struct ring *r, int check)
{
	if (check && is_vmalloc_addr(r->data))
		return vmalloc_to_page(r->data);
	return virt_to_page(r->data); /* expect: kvmalloc-to-linear */
}

struct page *ring_page_restored(struct ring *r, size_t n)
{
	if (is_vmalloc_addr(r->data))
		return vmalloc_to_page(r->data);
	r->data = kvmalloc(n, GFP_KERNEL); /* a new store undoes the narrowing */
	return virt_to_page(r->data); /* expect: kvmalloc-to-linear */
}
