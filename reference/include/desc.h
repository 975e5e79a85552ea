/*
 * Segment descriptors and the per-CPU GDT (arch/x86/include/asm/desc.h).
 *
 * Each CPU's GDT is percpu data: in the vmalloc area or the direct map (page or
 * embed first chunk) once setup_per_cpu_areas() has run.  cpu_init() then maps
 * that page again, read-only, through the CPU's fixmap slot and loads the alias.
 */
#ifndef REFK_DESC_H
#define REFK_DESC_H

#include "fixmap.h"
#include "mmu.h"
#include "percpu.h"
#include "types.h"

struct desc_struct {
	u16 limit0;
	u16 base0;
	u16 base1 : 8, type : 4, s : 1, dpl : 2, p : 1;
	u16 limit1 : 4, avl : 1, l : 1, d : 1, g : 1, base2 : 8;
} __attribute__((packed));

/*
 * flags = G D/B L AVL (bits 15-12) and P DPL S TYPE (bits 7-0).  Every type
 * here has the Accessed bit set already: the CPU would otherwise set it on the
 * first segment load, and through the read-only alias that write faults.
 */
#define GDT_ENTRY_INIT(flags, base, limit)                                       \
	{                                                                        \
		.limit0 = (u16)(limit), .limit1 = ((limit) >> 16) & 0x0F,        \
		.base0 = (u16)(base), .base1 = ((base) >> 16) & 0xFF,            \
		.base2 = ((base) >> 24) & 0xFF, .type = (flags) & 0x0F,          \
		.s = ((flags) >> 4) & 0x01, .dpl = ((flags) >> 5) & 0x03,        \
		.p = ((flags) >> 7) & 0x01, .avl = ((flags) >> 12) & 0x01,       \
		.l = ((flags) >> 13) & 0x01, .d = ((flags) >> 14) & 0x01,        \
		.g = ((flags) >> 15) & 0x01,                                     \
	}
#define DESC_KERNEL_CODE 0xc09b	/* 4 GiB, 32-bit, present, code r/x, accessed */
#define DESC_KERNEL_DATA 0xc093	/* 4 GiB, 32-bit, present, data r/w, accessed */

static inline void
set_desc_base(struct desc_struct *d, unsigned long base)
{
	d->base0 = base & 0xFFFF;
	d->base1 = (base >> 16) & 0xFF;
	d->base2 = (base >> 24) & 0xFF;
}

struct desc_ptr {
	u16 size;
	unsigned long address;
} __attribute__((packed));

struct gdt_page {
	struct desc_struct gdt[GDT_ENTRIES];
} __attribute__((aligned(PAGE_SIZE)));

DECLARE_PER_CPU_PAGE_ALIGNED(struct gdt_page, gdt_page);

/* Provide the original GDT */
static inline struct desc_struct *
get_cpu_gdt_rw(unsigned int cpu)
{
	return per_cpu(gdt_page, cpu).gdt;
}

/* Provide the fixmap index of the remapped GDT */
static inline unsigned int
get_cpu_gdt_ro_index(int cpu)
{
	return FIX_GDT_REMAP_BEGIN + cpu;
}

/* Provide the fixmap address of the remapped GDT */
static inline struct desc_struct *
get_cpu_gdt_ro(int cpu)
{
	return (struct desc_struct *)__fix_to_virt(get_cpu_gdt_ro_index(cpu));
}

/* Provide the physical address of the GDT page. */
static inline phys_addr_t
get_cpu_gdt_paddr(unsigned int cpu)
{
	return per_cpu_ptr_to_phys(get_cpu_gdt_rw(cpu));
}

static inline void
load_gdt(const struct desc_ptr *dtr)
{
	asm volatile("lgdt %0" : : "m"(*dtr));
}

static inline void
store_gdt(struct desc_ptr *dtr)
{
	asm volatile("sgdt %0" : "=m"(*dtr));
}

#endif
