/* x86 paging and segmentation constants (2-level, non-PAE, 4 KiB pages). */
#ifndef REFK_MMU_H
#define REFK_MMU_H

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1 << PAGE_SHIFT)
#define PGDIR_SHIFT	22
#define PTRS_PER_PGD	1024
#define PTRS_PER_PTE	1024

/* The kernel half of a page directory: what sync_initial_page_table copies. */
#define KERNEL_PGD_BOUNDARY	(PAGE_OFFSET >> PGDIR_SHIFT)	/* 768 */
#define KERNEL_PGD_PTRS		(PTRS_PER_PGD - KERNEL_PGD_BOUNDARY)

#define _PAGE_PRESENT	0x001
#define _PAGE_RW	0x002
#define _PAGE_PCD	0x010
#define _PAGE_PSE	0x080	/* 4 MiB page, in a PDE */
#define PAGE_KERNEL		(_PAGE_PRESENT | _PAGE_RW)
#define PAGE_KERNEL_RO		(_PAGE_PRESENT)
#define PAGE_KERNEL_NOCACHE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_PCD)
#define PAGE_TABLE		(_PAGE_PRESENT | _PAGE_RW)

#define X86_CR0_PE	0x00000001
#define X86_CR0_WP	0x00010000	/* supervisor writes honour read-only PTEs */
#define X86_CR0_PG	0x80000000
#define X86_CR4_PSE	0x00000010

/*
 * Segment selectors.  The boot GDTs (head.S, trampoline.S) and the percpu GDT
 * put flat code and data at the same indices, so a selector survives the
 * switch from one to the other.
 */
#define GDT_ENTRY_KERNEL_CS	1
#define GDT_ENTRY_KERNEL_DS	2
#define GDT_ENTRY_PERCPU	3
#define GDT_ENTRIES		4
#define GDT_SIZE		(GDT_ENTRIES * 8)
#define __BOOT_CS		0x08
#define __BOOT_DS		0x10
#define __KERNEL_CS		(GDT_ENTRY_KERNEL_CS * 8)
#define __KERNEL_DS		(GDT_ENTRY_KERNEL_DS * 8)
#define __KERNEL_PERCPU		(GDT_ENTRY_PERCPU * 8)

#ifndef __ASSEMBLER__
#define PAGE_MASK	(~(unsigned long)(PAGE_SIZE - 1))
#define PAGE_ALIGN(x)	(((unsigned long)(x) + PAGE_SIZE - 1) & PAGE_MASK)
#define pgd_index(va)	(((unsigned long)(va) >> PGDIR_SHIFT) & 0x3FF)
#define pte_index(va)	(((unsigned long)(va) >> PAGE_SHIFT) & 0x3FF)
#define pte_pfn_addr(e)	((unsigned long)(e) & PAGE_MASK)
#endif

#endif
