/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: model of include/linux/gfp.h (page allocator API). */
#ifndef __LINUX_GFP_H
#define __LINUX_GFP_H

#include <linux/gfp_types.h>
#include <linux/mm_types.h>

struct page *__alloc_pages(gfp_t gfp, unsigned int order, int preferred_nid, void *nodemask);
struct folio *__folio_alloc(gfp_t gfp, unsigned int order, int preferred_nid, void *nodemask);

/* 6.1 without CONFIG_NUMA (i386): static inlines down to __alloc_pages(). */
static inline struct page *__alloc_pages_node(int nid, gfp_t gfp_mask, unsigned int order)
{
	return __alloc_pages(gfp_mask, order, nid, NULL);
}

static inline struct page *alloc_pages_node(int nid, gfp_t gfp_mask, unsigned int order)
{
	if (nid < 0)
		nid = 0;
	return __alloc_pages_node(nid, gfp_mask, order);
}

static inline struct page *alloc_pages(gfp_t gfp_mask, unsigned int order)
{
	return alloc_pages_node(0, gfp_mask, order);
}

static inline struct folio *folio_alloc(gfp_t gfp, unsigned int order)
{
	return __folio_alloc(gfp, order, 0, NULL);
}

#define alloc_page(gfp_mask) alloc_pages(gfp_mask, 0)
extern unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order);
extern unsigned long get_zeroed_page(gfp_t gfp_mask);
#define __get_free_page(gfp_mask) \
		__get_free_pages((gfp_mask), 0)
extern void __free_pages(struct page *page, unsigned int order);
extern void free_pages(unsigned long addr, unsigned int order);
#define free_page(addr) free_pages((addr), 0)

#endif
