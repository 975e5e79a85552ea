// SPDX-License-Identifier: GPL-2.0
/* The seed bug: the 2017 x86 GDT remap code mapped the per-CPU GDT into the
 * fixmap with __pa(), which is wrong for a per-CPU address (per-CPU areas
 * need not be in the linear map); the fix was get_cpu_gdt_paddr(), i.e.
 * per_cpu_ptr_to_phys().  get_cpu_gdt_rw() and get_cpu_gdt_paddr() are the
 * real asm/desc.h helpers. */
#include <linux/mm.h>
#include <asm/desc.h>
#include <asm/fixmap.h>
#include "cases.h"

/* 6.1 has no get_cpu_gdt_ro_index() any more (the cpu_entry_area rework
 * replaced the per-CPU fixmap slots); this stand-in only supplies a valid
 * fixmap index so the seed line below can stay verbatim.  It is not a
 * kernel macro the checker needs to know. */
static inline enum fixed_addresses get_cpu_gdt_ro_index(int cpu)
{
	return FIX_APIC_BASE;
}

void xc_seed_setup_fixmap_gdt(int cpu)
{
	pgprot_t prot = PAGE_KERNEL_RO;

	__set_fixmap(get_cpu_gdt_ro_index(cpu), __pa(get_cpu_gdt_rw(cpu)), prot); /* expect: percpu-to-linear */
}

/* The fixed form: clean. */
phys_addr_t xc_seed_gdt_paddr(int cpu)
{
	pgprot_t prot = PAGE_KERNEL_RO;

	__set_fixmap(get_cpu_gdt_ro_index(cpu), get_cpu_gdt_paddr(cpu), prot);
	return get_cpu_gdt_paddr(cpu);
}
