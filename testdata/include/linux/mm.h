/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlatcheck testdata: model of include/linux/mm.h (6.1, i386 HIGHMEM).
 * is_vmalloc_addr()/is_vmalloc_or_module_addr() are out of line as in 6.1;
 * -DXC_LINUX_4_12 gives the 4.x static inline is_vmalloc_addr().
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/gfp.h>
#include <linux/mm_types.h>
#include <linux/pfn.h>
#include <asm/page.h>
#include <asm/pgtable_types.h>
#include <asm/pgtable_32_areas.h>

#ifdef XC_LINUX_4_12
static inline bool is_vmalloc_addr(const void *x)
{
	unsigned long addr = (unsigned long)x;

	return addr >= VMALLOC_START && addr < VMALLOC_END;
}
extern int is_vmalloc_or_module_addr(const void *x);
#else
extern bool is_vmalloc_addr(const void *x);
extern int is_vmalloc_or_module_addr(const void *x);
#endif

static inline struct page *compound_head(struct page *page)
{
	unsigned long head = READ_ONCE(page->compound_head);

	if (unlikely(head & 1))
		return (struct page *) (head - 1);
	return page;
}

static inline struct page *virt_to_head_page(const void *x)
{
	struct page *page = virt_to_page(x);

	return compound_head(page);
}

#define page_folio(p)		((struct folio *)compound_head(p))
#define folio_page(folio, n)	(&(folio)->page + (n))

static inline struct folio *virt_to_folio(const void *x)
{
	struct page *page = virt_to_page(x);

	return page_folio(page);
}

/* Translations that are correct for vmalloc space. */
struct page *vmalloc_to_page(const void *addr);
unsigned long vmalloc_to_pfn(const void *addr);

/* HIGHMEM (HASHED_PAGE_VIRTUAL): page_address is out of line. */
void *page_address(const struct page *page);

static inline void *folio_address(const struct folio *folio)
{
	return page_address(&folio->page);
}


#endif /* _LINUX_MM_H */
