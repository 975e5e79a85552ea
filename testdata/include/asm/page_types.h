/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: model of arch/x86/include/asm/page_types.h and
 * page_32_types.h (i386, 3G/1G split). */
#ifndef _ASM_X86_PAGE_DEFS_H
#define _ASM_X86_PAGE_DEFS_H

#include <linux/types.h>

#define __AC(X, Y)	(X##Y)
#define _AC(X, Y)	__AC(X, Y)

/* PAGE_SHIFT determines the page size */
#define PAGE_SHIFT		12
#define PAGE_SIZE		(_AC(1,UL) << PAGE_SHIFT)
#define PAGE_MASK		(~(PAGE_SIZE-1))

#ifndef CONFIG_PAGE_OFFSET
#define CONFIG_PAGE_OFFSET	0xC0000000
#endif
#define __PAGE_OFFSET_BASE	_AC(CONFIG_PAGE_OFFSET, UL)
#define __PAGE_OFFSET		__PAGE_OFFSET_BASE
#define PAGE_OFFSET		((unsigned long)__PAGE_OFFSET)

#define __START_KERNEL_map	__PAGE_OFFSET

#endif
