/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: arch/x86/include/asm/page_32.h as in 6.1 (the
 * translation part).  Without CONFIG_DEBUG_VIRTUAL __phys_addr is pure
 * arithmetic; with it, an out-of-line function that checks the address. */
#ifndef _ASM_X86_PAGE_32_H
#define _ASM_X86_PAGE_32_H

#include <asm/page_types.h>

#define __phys_addr_nodebug(x)	((x) - PAGE_OFFSET)
#ifdef CONFIG_DEBUG_VIRTUAL
extern unsigned long __phys_addr(unsigned long);
#else
#define __phys_addr(x)		__phys_addr_nodebug(x)
#endif
#define __phys_addr_symbol(x)	__phys_addr(x)
#define __phys_reloc_hide(x)	RELOC_HIDE((x), 0)

#ifdef CONFIG_FLATMEM
#define pfn_valid(pfn)		((pfn) < max_mapnr)
#endif

#endif /* _ASM_X86_PAGE_32_H */
