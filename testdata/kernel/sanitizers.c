// SPDX-License-Identifier: GPL-2.0
/* Each translation that is right for its kind of address: all clean. */
#include <linux/percpu.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <linux/io.h>
#include <asm/sections.h>
#include <asm/pgtable_types.h>
#include "cases.h"

static DEFINE_PER_CPU(unsigned long, xc_san_counter);

phys_addr_t xc_san_per_cpu_ptr_to_phys(int cpu)
{
	unsigned long *p = per_cpu_ptr(&xc_san_counter, cpu);

	return per_cpu_ptr_to_phys(p);
}

phys_addr_t xc_san_slow_virt_to_phys(void)
{
	void *buf = vmalloc(PAGE_SIZE);

	return buf ? slow_virt_to_phys(buf) : 0;
}

struct page *xc_san_vmalloc_to_page(void)
{
	void *buf = vmalloc(PAGE_SIZE);

	return buf ? vmalloc_to_page(buf) : NULL;
}

/* __pa_symbol() is the translation for kernel-image symbols. */
phys_addr_t xc_san_pa_symbol(void)
{
	return __pa_symbol(_text);
}
