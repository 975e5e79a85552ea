// SPDX-License-Identifier: GPL-2.0
/* Stack, ioremap and module-static memory reaching linear-map-only
 * translations, and the kmalloc case that is right. */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/io.h>
#include <linux/scatterlist.h>
#include "cases.h"

/* A stack buffer in a scatterlist: sg_init_one() takes virt_to_page() of
 * it, wrong with CONFIG_VMAP_STACK (the stack is vmalloc memory). */
void xc_stack_sg(void)
{
	struct scatterlist sg;
	u8 buf[32];

	memset(buf, 0, sizeof(buf));
	sg_init_one(&sg, buf, sizeof(buf)); /* expect: stack-to-linear */
}

/* ioremap returns an MMIO mapping, never linear-map memory. */
phys_addr_t xc_ioremap_to_phys(phys_addr_t mmio)
{
	void __iomem *regs = ioremap(mmio, PAGE_SIZE);
	phys_addr_t pa;

	if (!regs)
		return 0;
	pa = virt_to_phys((void __force *)regs); /* expect: ioremap-to-linear */
	iounmap(regs);
	return pa;
}

/* Static data of a module lives in the module area (vmalloc space), not in
 * the linear map: this file is compiled with -DMODULE. */
static u8 xc_module_table[256];

phys_addr_t xc_module_static_pa(void)
{
	xc_module_table[0] = 1;
	return __pa(xc_module_table); /* expect: module-to-linear */
}

/* kmalloc memory is in the linear map: clean. */
phys_addr_t xc_kmalloc_to_phys(void)
{
	void *buf = kmalloc(64, GFP_KERNEL);
	phys_addr_t pa;

	if (!buf)
		return 0;
	pa = virt_to_phys(buf);
	kfree(buf);
	return pa;
}

/* A stack array OF pointers: only the array is stack memory, its elements
 * point wherever they were allocated (kmalloc here, the linear map).  The
 * shape of pgd_alloc()'s pmds[] and free_pmds() in arch/x86/mm/pgtable.c:
 * clean, whether the parameter is spelt as an array or as a pointer. */
static void xc_pages_of(struct page **out, void *bufs[], int n)
{
	int i;

	for (i = 0; i < n; i++)
		out[i] = virt_to_page(bufs[i]);
}

static void xc_pages_of_ptr(struct page **out, void **bufs, int n)
{
	while (n--)
		out[n] = virt_to_page(bufs[n]);
}

int xc_stack_array_of_pointers(struct page **out)
{
	void *bufs[2];
	int i;

	for (i = 0; i < 2; i++) {
		bufs[i] = kmalloc(64, GFP_KERNEL);
		if (!bufs[i])
			return -ENOMEM;
	}
	xc_pages_of(out, bufs, 2);
	xc_pages_of_ptr(out, bufs, 2);
	return 0;
}
