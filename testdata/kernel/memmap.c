// SPDX-License-Identifier: GPL-2.0
/* The kernel memory map of issue 9 on the real headers: coherent DMA
 * buffers, the early remap fixmap slots, kmap() with and without
 * CONFIG_HIGHMEM (i386 has it, x86_64 not), the stack with and without
 * CONFIG_VMAP_STACK (x86_64 has it, i386 not), the USB message calls,
 * virt_to_folio(), kmap_to_page() and kfree() of non-slab memory. */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/highmem.h>
#include <linux/dma-mapping.h>
#include <linux/usb.h>
#include <linux/io.h>
#include <asm/early_ioremap.h>
#include "cases.h"

struct page *xc_dma_coherent_page(struct device *dev, size_t size, dma_addr_t *handle)
{
	void *ring = dma_alloc_coherent(dev, size, handle, GFP_KERNEL);

	return virt_to_page(ring); /* expect: dma-coherent-to-linear */
}

phys_addr_t xc_early_memremap_pa(resource_size_t phys, unsigned long size)
{
	void *t = early_memremap(phys, size);

	return __pa(t); /* expect: fixmap-to-linear */
}

/* kmap_local_page() is page_address() on x86_64 and a fixmap slot for a
 * highmem page on i386. */
struct page *xc_kmap_local_page(struct page *page)
{
	void *va = kmap_local_page(page);

	return virt_to_page(va); /* expect[i386]: highmem-to-linear */
}

/* The right translation of a kmap address, out of line on i386. */
struct page *xc_kmap_to_page(struct page *page)
{
	void *va = kmap(page);

	return kmap_to_page(va);
}

/* kmap_to_page() falls back to virt_to_page(): wrong for vmalloc memory. */
struct page *xc_kmap_to_page_vmalloc(unsigned long size)
{
	void *buf = vmalloc(size);

	return kmap_to_page(buf); /* expect: vmalloc-to-linear */
}

/* __pa() of a local: right on i386 (no CONFIG_VMAP_STACK), wrong on x86_64. */
phys_addr_t xc_stack_pa(void)
{
	u32 req[4] = { 0 };

	return __pa(req); /* expect[x86_64]: stack-to-linear */
}

/* The USB message calls DMA-map their buffer: a stack buffer is wrong on
 * every config. */
int xc_usb_stack(struct usb_device *udev)
{
	u8 status[4];

	return usb_control_msg(udev, usb_rcvctrlpipe(udev, 0), 1, 0xc0, 0, 0, /* expect: stack-to-linear */
			       status, sizeof(status), 100);
}

struct folio *xc_virt_to_folio_vmalloc(unsigned long size)
{
	void *v = vmalloc(size);

	return virt_to_folio(v); /* expect: vmalloc-to-linear */
}

void xc_kfree_vmalloc(unsigned long size)
{
	void *v = vmalloc(size);

	kfree(v); /* expect: vmalloc-to-linear */
}

/* dma_map_single() is a macro over dma_map_single_attrs(): the finding names
 * dma_map_single(), as written (module.sh checks every warning's name). */
dma_addr_t xc_dma_map_single_vmalloc(struct device *dev, size_t size)
{
	void *v = vmalloc(size);

	return dma_map_single(dev, v, size, DMA_TO_DEVICE); /* expect: vmalloc-to-linear */
}
