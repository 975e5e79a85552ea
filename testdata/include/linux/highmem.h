/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlatcheck testdata: model of include/linux/highmem.h and
 * highmem-internal.h (6.1 slice).  With -DCONFIG_HIGHMEM (i386 HIGHMEM)
 * kmap() maps a highmem page in the pkmap area (kmap_high()) and the local
 * and atomic forms use the kmap fixmap slots (__kmap_local_page_prot());
 * kmap_to_page() is __kmap_to_page(), out of line.  Without it every page
 * is in the linear map: kmap() is page_address() and kmap_to_page() is
 * virt_to_page().
 */
#ifndef _LINUX_HIGHMEM_H
#define _LINUX_HIGHMEM_H

#include <linux/mm.h>
#include <linux/preempt.h>
#include <asm/pgtable_types.h>

#define kmap_prot		PAGE_KERNEL
#define might_sleep()		do { } while (0)
#define pagefault_disable()	barrier()
#define pagefault_enable()	barrier()

#ifdef CONFIG_HIGHMEM

#define PageHighMem(page)	((page)->flags & 1)

void *__kmap_local_page_prot(struct page *page, pgprot_t prot);
void kunmap_local_indexed(const void *vaddr);
void *kmap_high(struct page *page);
void kunmap_high(struct page *page);
struct page *__kmap_to_page(void *addr);

static inline void *kmap(struct page *page)
{
	void *addr;

	might_sleep();
	if (!PageHighMem(page))
		addr = page_address(page);
	else
		addr = kmap_high(page);
	return addr;
}

static inline void kunmap(struct page *page)
{
	if (PageHighMem(page))
		kunmap_high(page);
}

static inline struct page *kmap_to_page(void *addr)
{
	return __kmap_to_page(addr);
}

static inline void *kmap_local_page(struct page *page)
{
	return __kmap_local_page_prot(page, kmap_prot);
}

static inline void *kmap_local_folio(struct folio *folio, size_t offset)
{
	struct page *page = folio_page(folio, offset / PAGE_SIZE);

	return __kmap_local_page_prot(page, kmap_prot) + offset % PAGE_SIZE;
}

static inline void *kmap_atomic(struct page *page)
{
	preempt_disable();
	pagefault_disable();
	return __kmap_local_page_prot(page, kmap_prot);
}

#define kunmap_local(addr)	kunmap_local_indexed(addr)

#else /* CONFIG_HIGHMEM */

static inline struct page *kmap_to_page(void *addr)
{
	return virt_to_page(addr);
}

static inline void *kmap(struct page *page)
{
	might_sleep();
	return page_address(page);
}

static inline void kunmap(struct page *page)
{
}

static inline void *kmap_local_page(struct page *page)
{
	return page_address(page);
}

static inline void *kmap_local_folio(struct folio *folio, size_t offset)
{
	return page_address(&folio->page) + offset;
}

static inline void *kmap_atomic(struct page *page)
{
	preempt_disable();
	pagefault_disable();
	return page_address(page);
}

#define kunmap_local(addr)	do { (void)(addr); } while (0)

#endif /* CONFIG_HIGHMEM */

#endif /* _LINUX_HIGHMEM_H */
