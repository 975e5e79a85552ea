/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlatcheck testdata: model of arch/x86/include/asm/io.h (6.1 slice).
 * virt_to_phys is a static inline over __pa plus "#define virt_to_phys
 * virt_to_phys", as x86 writes it.  ioremap_nocache was removed in 5.6; it
 * is declared under -DXC_LINUX_4_12 for older code.
 */
#ifndef _ASM_X86_IO_H
#define _ASM_X86_IO_H

#include <linux/types.h>
#include <asm/page.h>
#include <asm/early_ioremap.h>

/**
 *	virt_to_phys	-	map virtual addresses to physical
 *	@address: address to remap
 *
 *	The returned physical address is the physical (CPU) mapping for
 *	the memory address given. It is only valid to use this function on
 *	addresses directly mapped or allocated via kmalloc.
 */
static inline phys_addr_t virt_to_phys(volatile void *address)
{
	return __pa(address);
}
#define virt_to_phys virt_to_phys

static inline void *phys_to_virt(phys_addr_t address)
{
	return __va(address);
}
#define phys_to_virt phys_to_virt

/* The physical address of a page: right for a highmem page too. */
#define page_to_phys(page)    ((dma_addr_t)page_to_pfn(page) << PAGE_SHIFT)

extern void __iomem *ioremap(resource_size_t offset, unsigned long size);
#define ioremap ioremap
extern void __iomem *ioremap_uc(resource_size_t offset, unsigned long size);
#define ioremap_uc ioremap_uc
extern void __iomem *ioremap_cache(resource_size_t offset, unsigned long size);
#define ioremap_cache ioremap_cache
extern void __iomem *ioremap_wc(resource_size_t offset, unsigned long size);
#define ioremap_wc ioremap_wc
#ifdef XC_LINUX_4_12
extern void __iomem *ioremap_nocache(resource_size_t offset, unsigned long size);
#endif
extern void __iomem *ioremap_prot(resource_size_t offset, unsigned long size,
				  unsigned long prot_val);
#define ioremap_prot ioremap_prot
extern void iounmap(volatile void __iomem *addr);
#define iounmap iounmap

static inline unsigned int readl(const volatile void __iomem *addr)
{
	return *(const volatile unsigned int __force *)addr;
}

#endif /* _ASM_X86_IO_H */
