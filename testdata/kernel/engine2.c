// SPDX-License-Identifier: GPL-2.0
/* The analysis engine's second generation on the real headers: memory
 * reached through out-parameters, casts and arrays inside structs; guards
 * that say what they know (the true branch of is_vmalloc_addr(), a guard
 * kept in a bool, pointers derived from the guarded one, BUG_ON/WARN_ON);
 * __pa_symbol() on a module's own data. */
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/bug.h>
#include <linux/scatterlist.h>
#include "cases.h"

/* *out = vmalloc(n) in a helper; the caller translates what it got. */
static noinline int xc_alloc_out(void **out, size_t n)
{
	*out = vmalloc(n);
	return *out ? 0 : -ENOMEM;
}

phys_addr_t xc_out_param_pa(size_t n)
{
	void *p;

	if (xc_alloc_out(&p, n))
		return 0;
	return __pa(p); /* expect: vmalloc-to-linear */
}

static noinline int xc_kalloc_out(void **out, size_t n)
{
	*out = kmalloc(n, GFP_KERNEL);
	return *out ? 0 : -ENOMEM;
}

phys_addr_t xc_out_param_kmalloc_pa(size_t n)
{
	void *p;

	if (xc_kalloc_out(&p, n))
		return 0;
	return __pa(p);
}

/* A pointer stored through a cast of a field, read back the same way. */
struct xc_req {
	void *ctx;
	void *chunks[4];
};

void xc_req_setup(struct xc_req *req, size_t n)
{
	*(void **)req->ctx = vmalloc(n);
}

phys_addr_t xc_req_ctx_pa(struct xc_req *req)
{
	return __pa(*(void **)req->ctx); /* expect: vmalloc-to-linear */
}

/* s->chunks[i] = vzalloc(n), translated from another element. */
void xc_req_fill(struct xc_req *req, size_t n)
{
	int i;

	for (i = 0; i < 4; i++)
		req->chunks[i] = vzalloc(n);
}

struct page *xc_req_chunk_page(struct xc_req *req, int j)
{
	return virt_to_page(req->chunks[j]); /* expect: vmalloc-to-linear */
}

/* 6.1's dma_common_vaddr_to_page() with its branches swapped. */
struct page *xc_vaddr_to_page_swapped(void *cpu_addr)
{
	if (is_vmalloc_addr(cpu_addr))
		return virt_to_page(cpu_addr); /* expect: vmalloc-to-linear */
	return vmalloc_to_page(cpu_addr);
}

/* ldt.c's map_ldt_struct(): the guard kept in a bool decides the ternary,
 * for a pointer derived from the tested field.  Right way round: clean. */
struct xc_ldt {
	void *entries;
};

unsigned long xc_ldt_pfns(struct xc_ldt *ldt, int nr_pages)
{
	bool is_vmalloc = is_vmalloc_addr(ldt->entries);
	unsigned long sum = 0;
	int i;

	for (i = 0; i < nr_pages; i++) {
		unsigned long offset = (unsigned long)i << PAGE_SHIFT;
		const void *src = (char *)ldt->entries + offset;

		sum += is_vmalloc ? vmalloc_to_pfn(src) : page_to_pfn(virt_to_page(src));
	}
	return sum;
}

unsigned long xc_ldt_pfns_swapped(struct xc_ldt *ldt, int nr_pages)
{
	bool is_vmalloc = is_vmalloc_addr(ldt->entries);
	unsigned long sum = 0;
	int i;

	for (i = 0; i < nr_pages; i++) {
		unsigned long offset = (unsigned long)i << PAGE_SHIFT;
		const void *src = (char *)ldt->entries + offset;

		sum += is_vmalloc ? page_to_pfn(virt_to_page(src)) : vmalloc_to_pfn(src); /* expect: vmalloc-to-linear */
	}
	return sum;
}

/* A guard on buf covers p = buf + off: clean even for a vmalloc caller. */
void xc_fill_sg(struct scatterlist *sg, void *buf, size_t len)
{
	char *p = buf;

	while (len >= PAGE_SIZE) {
		if (is_vmalloc_addr(buf))
			sg_set_page(sg, vmalloc_to_page(p), PAGE_SIZE, 0);
		else
			sg_set_buf(sg, p, PAGE_SIZE);
		p += PAGE_SIZE;
		len -= PAGE_SIZE;
		sg++;
	}
}

void xc_fill_sg_vmalloc(struct scatterlist *sg, size_t n)
{
	xc_fill_sg(sg, vmalloc(n), n);
}

/* BUG_ON and WARN_ON on the guard: the code after them is linear. */
struct page *xc_bug_on_page(const void *p)
{
	BUG_ON(is_vmalloc_addr(p));
	return virt_to_page(p);
}

struct page *xc_warn_on_page(const void *p)
{
	if (WARN_ON(is_vmalloc_addr(p)))
		return NULL;
	return virt_to_page(p);
}

struct page *xc_warn_on_caller(size_t n)
{
	return xc_warn_on_page(vmalloc(n));
}

/* __pa_symbol() on a module's own static data. */
static char xc_scratch[64];

phys_addr_t xc_pa_symbol_module_data(void)
{
	return __pa_symbol(xc_scratch); /* expect: module-to-linear */
}
