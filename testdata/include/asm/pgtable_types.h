/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: model of arch/x86/include/asm/pgtable_types.h (slice). */
#ifndef _ASM_X86_PGTABLE_DEFS_H
#define _ASM_X86_PGTABLE_DEFS_H

#include <linux/types.h>

typedef unsigned long pgprotval_t;
typedef struct pgprot { pgprotval_t pgprot; } pgprot_t;

#define __pgprot(x)		((pgprot_t) { (x) } )
#define pgprot_val(x)		((x).pgprot)

#define PAGE_KERNEL		__pgprot(0x163)
#define PAGE_KERNEL_RO		__pgprot(0x161)
#define PAGE_KERNEL_NOCACHE	__pgprot(0x173)
#define PAGE_KERNEL_IO		__pgprot(0x173)
#define PAGE_KERNEL_IO_NOCACHE	__pgprot(0x173)

extern phys_addr_t slow_virt_to_phys(void *__address);

#endif
