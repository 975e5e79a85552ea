/*
 * The memory map.  Shared by C and assembly, so constants carry no suffix.
 *
 *   virtual                                   physical
 *   0xFFFFF000 +---------------------+ FIXADDR_TOP
 *              | fixmap (PDE 1023):  |  one page per slot, growing down:
 *              |  FIX_APIC_BASE      |  -> 0xFEE00000 (local APIC)
 *              |  FIX_GDT_REMAP_*    |  -> each CPU's GDT page, read-only
 *   0xFFC00000 +---------------------+  page table initial_pg_fixmap,
 *              |                     |  shared by both page directories
 *   0xFF000000 +---------------------+ VMALLOC_END
 *              | vmalloc area        |  percpu units: pages from anywhere
 *              |  (PDE 834 first)    |  in lowmem, NOT at __pa(va)
 *              |                     |  (percpu_alloc=page; embed puts the
 *              |                     |  units in the direct map)
 *   0xD0800000 +---------------------+ VMALLOC_START
 *              | gap (VMALLOC_OFFSET)|
 *   0xD0000000 +---------------------+ PAGE_OFFSET + LOWMEM_MAX
 *              | direct map          |  va = pa + PAGE_OFFSET, so __pa()
 *              |  (lowmem)           |  is a subtraction -- here and only here
 *   0xC0100000 |  kernel image       |  -> 0x00100000 (Multiboot load address)
 *   0xC0000000 +---------------------+ PAGE_OFFSET
 *              | user space (unused) |
 *   0x00800000 +---------------------+
 *              | identity map 0-8M   |  initial_page_table ONLY: an AP turns
 *   0x00000000 +---------------------+  paging on at a physical address
 *
 *   Low physical memory: 0x8000 AP trampoline (copied there, < 4 KiB),
 *   0x9000 QEMU's Multiboot info, 0x467 warm-reset vector.
 *
 * VMALLOC_START is a constant above PAGE_OFFSET + LOWMEM_MAX, so __pa() of a
 * vmalloc address is always >= LOWMEM_MAX: memory the page allocator never
 * hands out, or no memory at all.  Either way it reads as zeros, and bug 1
 * fails the same way on every run.
 */
#ifndef REFK_MEMLAYOUT_H
#define REFK_MEMLAYOUT_H

#define PAGE_OFFSET	0xC0000000
#define LOWMEM_MAX	0x10000000	/* direct-map at most 256 MiB */
#define VMALLOC_OFFSET	0x00800000	/* guard gap, as in Linux */
#define VMALLOC_START	(PAGE_OFFSET + LOWMEM_MAX + VMALLOC_OFFSET)
#define VMALLOC_END	0xFF000000
#define FIXADDR_TOP	0xFFFFF000
#define KERNEL_PHYS	0x00100000	/* where Multiboot loads the image */
#define TRAMPOLINE_BASE	0x00008000	/* SIPI vector 0x08 */

#ifndef __ASSEMBLER__
/*
 * Linear-map-only translations: right for the direct map, wrong elsewhere
 * (arch/x86/include/asm/page_32.h).  With CONFIG_DEBUG_VIRTUAL, __pa() goes
 * through __phys_addr() in physaddr.c, which stops the kernel when its
 * argument is not a direct-map address; without, it is the subtraction.
 */
#define __phys_addr_nodebug(x)	((x) - PAGE_OFFSET)
#ifdef CONFIG_DEBUG_VIRTUAL
unsigned long __phys_addr(unsigned long x);
#else
#define __phys_addr(x)		__phys_addr_nodebug(x)
#endif
#define __pa(x)		__phys_addr((unsigned long)(x))
#define __va(x)		((void *)((unsigned long)(x) + PAGE_OFFSET))
#endif

#endif
