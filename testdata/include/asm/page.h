/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlatcheck testdata: model of arch/x86/include/asm/page.h (6.1, i386).
 *   __pa(x) -> __phys_addr((unsigned long)(x)) -> page_32.h
 *   __pa_symbol(x) -> __phys_addr_symbol(__phys_reloc_hide(..)) -> __phys_addr
 *   virt_to_page(kaddr) -> pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)
 */
#ifndef _ASM_X86_PAGE_H
#define _ASM_X86_PAGE_H

#include <linux/types.h>
#include <asm/page_types.h>
#include <asm/page_32.h>

struct page;

/* FLATMEM memory model (asm-generic/memory_model.h). */
extern struct page *mem_map;
extern unsigned long max_mapnr;
#define ARCH_PFN_OFFSET		(0UL)
#define __pfn_to_page(pfn)	(mem_map + ((pfn) - ARCH_PFN_OFFSET))
#define __page_to_pfn(page)	((unsigned long)((page) - mem_map) + ARCH_PFN_OFFSET)
#define pfn_to_page __pfn_to_page
#define page_to_pfn __page_to_pfn

#ifndef __pa
#define __pa(x)		__phys_addr((unsigned long)(x))
#endif

#define __pa_nodebug(x)	__phys_addr_nodebug((unsigned long)(x))
/* __pa_symbol should be used for C visible symbols. */
#define __pa_symbol(x) \
	__phys_addr_symbol(__phys_reloc_hide((unsigned long)(x)))

#ifndef __va
#define __va(x)			((void *)((unsigned long)(x)+PAGE_OFFSET))
#endif

#define __boot_va(x)		__va(x)
#define __boot_pa(x)		__pa(x)

/*
 * virt_to_page(kaddr) returns a valid pointer if and only if
 * virt_addr_valid(kaddr) returns true.
 */
#define virt_to_page(kaddr)	pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)
#define pfn_to_kaddr(pfn)      __va((pfn) << PAGE_SHIFT)
extern bool __virt_addr_valid(unsigned long kaddr);
#define virt_addr_valid(kaddr)	__virt_addr_valid((unsigned long) (kaddr))

#define offset_in_page(p)	((unsigned long)(p) & ~PAGE_MASK)

#endif /* _ASM_X86_PAGE_H */
