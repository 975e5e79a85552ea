/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: arch/x86/include/asm/early_ioremap.h, which is
 * asm-generic/early_ioremap.h: boot-time mappings in the FIX_BTMAP fixmap
 * slots (6.1 slice). */
#ifndef _ASM_EARLY_IOREMAP_H_
#define _ASM_EARLY_IOREMAP_H_

#include <linux/types.h>

extern void __iomem *early_ioremap(resource_size_t phys_addr, unsigned long size);
extern void *early_memremap(resource_size_t phys_addr, unsigned long size);
extern void *early_memremap_ro(resource_size_t phys_addr, unsigned long size);
extern void early_iounmap(void __iomem *addr, unsigned long size);
extern void early_memunmap(void *addr, unsigned long size);

#endif
