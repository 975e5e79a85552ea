// SPDX-License-Identifier: GPL-2.0
/* vmalloc, vmap and kvmalloc memory reaching linear-map-only translations:
 * such pages are mapped page by page in the vmalloc area, so __pa() and
 * virt_to_page() compute garbage; vmalloc_to_page() walks the page tables. */
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/io.h>
#include <asm/fixmap.h>
#include "cases.h"

/* vmalloc -> virt_to_page */
struct page *xc_vmalloc_virt_to_page(void)
{
	void *buf = vmalloc(4 * PAGE_SIZE);

	if (!buf)
		return NULL;
	return virt_to_page(buf); /* expect: vmalloc-to-linear */
}

/* vzalloc stored in a struct field, read back, __pa, then set_fixmap. */
struct xc_state {
	int id;
	void *table;
};

static struct xc_state xc_state;

void xc_vzalloc_field_fixmap(void)
{
	struct xc_state *s = &xc_state;

	s->table = vzalloc(PAGE_SIZE);
	if (!s->table)
		return;
	set_fixmap(FIX_APIC_BASE, __pa(s->table)); /* expect: vmalloc-to-linear */
}

/* The usual idiom: both branches are right for their kind of address, so
 * even a vmalloc pointer from the caller is clean. */
struct page *xc_any_to_page(void *p)
{
	return is_vmalloc_addr(p) ? vmalloc_to_page(p) : virt_to_page(p);
}

struct page *xc_any_to_page_caller(void)
{
	void *buf = vmalloc(PAGE_SIZE);

	return buf ? xc_any_to_page(buf) : NULL;
}

/* virt_addr_valid() rejects everything outside the linear map first: clean,
 * even when the caller passes vmalloc memory. */
int xc_virt_addr_valid_guard(void *p, struct page **out)
{
	if (!virt_addr_valid(p))
		return -EINVAL;
	*out = virt_to_page(p);
	return 0;
}

int xc_virt_addr_valid_caller(struct page **out)
{
	void *buf = vmalloc(PAGE_SIZE);

	if (!buf)
		return -ENOMEM;
	return xc_virt_addr_valid_guard(buf, out);
}

/* vmap -> virt_to_phys */
phys_addr_t xc_vmap_to_phys(struct page **pages, unsigned int n)
{
	void *va = vmap(pages, n, VM_MAP, PAGE_KERNEL);

	if (!va)
		return 0;
	return virt_to_phys(va); /* expect: vmap-to-linear */
}

/* kvmalloc may fall back to vmalloc: -> virt_to_page */
struct page *xc_kvmalloc_to_page(size_t n)
{
	void *buf = kvmalloc(n, GFP_KERNEL);

	if (!buf)
		return NULL;
	return virt_to_page(buf); /* expect: kvmalloc-to-linear */
}
