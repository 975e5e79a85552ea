/*
 * Compile-time virtual addresses, counted down from FIXADDR_TOP, one page per
 * slot (arch/x86/include/asm/fixmap.h).  All slots live in the page table
 * initial_pg_fixmap, which both page directories share at PDE 1023, so a new
 * fixmap entry is visible everywhere at once: unlike the vmalloc area, the
 * fixmap never needs a page-directory resync.
 */
#ifndef REFK_FIXMAP_H
#define REFK_FIXMAP_H

#include "memlayout.h"
#include "mmu.h"
#include "percpu.h"

enum fixed_addresses {
	FIX_HOLE,
	FIX_APIC_BASE,
	/* Fixmap entries to remap the GDTs, one per processor. */
	FIX_GDT_REMAP_BEGIN,
	FIX_GDT_REMAP_END = FIX_GDT_REMAP_BEGIN + NR_CPUS - 1,
	__end_of_fixed_addresses
};

_Static_assert(__end_of_fixed_addresses <= PTRS_PER_PTE, "fixmap must fit in PDE 1023");

#define __fix_to_virt(x) (FIXADDR_TOP - ((unsigned long)(x) << PAGE_SHIFT))

void __set_fixmap(enum fixed_addresses idx, phys_addr_t phys, unsigned long flags);
#define set_fixmap(idx, phys) __set_fixmap(idx, phys, PAGE_KERNEL)
#define set_fixmap_nocache(idx, phys) __set_fixmap(idx, phys, PAGE_KERNEL_NOCACHE)

#endif
