// SPDX-License-Identifier: GPL-2.0
/* The kernel memory map of issue 9 on the real headers: coherent DMA
 * buffers, the early remap fixmap slots, kmap() with and without
 * CONFIG_HIGHMEM (i386 has it, x86_64 not), the stack with and without
 * CONFIG_VMAP_STACK (x86_64 has it, i386 not), the USB message calls,
 * virt_to_folio(), kmap_to_page() and kfree() of non-slab memory; the
 * memmap itself with and without CONFIG_SPARSEMEM_VMEMMAP (x86_64 has it,
 * i386 is FLATMEM), the addr of a vm_struct, and a vmalloc page handed to
 * dma_map_page() or to a scatterlist for dma_map_sg(); page_address() of a
 * page allocated with __GFP_HIGHMEM (i386 only). */
#include <linux/mm.h>
#include <linux/scatterlist.h>
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

/* A struct page pointer is in the vmemmap area on x86_64 (SPARSEMEM_VMEMMAP),
 * in the linear map on i386 (FLATMEM mem_map). */
phys_addr_t xc_vmemmap_page(struct page *page, struct folio *folio)
{
	return __pa(page) /* expect[x86_64]: vmemmap-to-linear */
	       + page_to_phys(virt_to_page(folio)); /* expect[x86_64]: vmemmap-to-linear */
}

/* The right forms: the page's own frame and data. */
phys_addr_t xc_vmemmap_page_right(struct page *page)
{
	return page_to_phys(page) + __pa(page_address(page)) - PFN_PHYS(page_to_pfn(page));
}

/* A vm_struct's addr is where the area is mapped, in the vmalloc area. */
phys_addr_t xc_vm_area_pa(unsigned long size)
{
	struct vm_struct *area = get_vm_area(size, VM_IOREMAP);

	return area ? __pa(area->addr) : 0; /* expect: vmalloc-to-linear */
}

struct page *xc_find_vm_area_page(const void *addr)
{
	struct vm_struct *vm = find_vm_area(addr);

	return vm ? virt_to_page(vm->addr) : NULL; /* expect: vmalloc-to-linear */
}

struct page *xc_vm_area_page_right(const void *addr)
{
	struct vm_struct *vm = find_vm_area(addr);

	return vm ? vmalloc_to_page(vm->addr) : NULL;
}

/* dma_map_page() of virt_to_page() of vmalloc memory: the finding names
 * dma_map_page(); vmalloc_to_page() is right. */
dma_addr_t xc_dma_map_page_vmalloc(struct device *dev, size_t size, dma_addr_t *right)
{
	void *v = vmalloc(size);

	*right = dma_map_page(dev, vmalloc_to_page(v), 0, PAGE_SIZE, DMA_TO_DEVICE);
	return dma_map_page(dev, virt_to_page(v), 0, PAGE_SIZE, DMA_TO_DEVICE); /* expect: vmalloc-to-linear */
}

/* A scatterlist of vmalloc pages for dma_map_sg(): wrong with virt_to_page()
 * and sg_set_buf(), right with vmalloc_to_page(). */
int xc_dma_map_sg_vmalloc(struct device *dev, struct scatterlist *sg, size_t size)
{
	void *v = vmalloc(size);

	sg_init_table(sg, 3);
	sg_set_page(&sg[0], virt_to_page(v), PAGE_SIZE, 0); /* expect: vmalloc-to-linear */
	sg_set_buf(&sg[1], v + PAGE_SIZE, PAGE_SIZE); /* expect: vmalloc-to-linear */
	sg_set_page(&sg[2], vmalloc_to_page(v + 2 * PAGE_SIZE), PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 3, DMA_TO_DEVICE);
}

/* page_address() of a page allocated with __GFP_HIGHMEM: NULL or its kmap
 * address on i386 (CONFIG_HIGHMEM: page_address() is out of line), its
 * linear-map address on x86_64 (a macro over lowmem_page_address()). */
phys_addr_t xc_highmem_page_address(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER);
	void *va = page_address(page);

	return __pa(va); /* expect[i386]: highmem-to-linear */
}

static struct page *xc_highuser_page(void)
{
	return alloc_pages(GFP_HIGHUSER_MOVABLE, 0);
}

struct page *xc_highmem_page_helper(void)
{
	return virt_to_page(page_address(xc_highuser_page())); /* expect[i386]: highmem-to-linear */
}

phys_addr_t xc_highmem_folio_address(void)
{
	struct folio *folio = folio_alloc(GFP_KERNEL | __GFP_HIGHMEM, 0);

	return virt_to_phys(folio_address(folio)); /* expect[i386]: highmem-to-linear */
}

/* The right forms: the struct page itself, a page that cannot be highmem,
 * a page PageHighMem() says is lowmem. */
phys_addr_t xc_highmem_page_right(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER);
	struct page *low = alloc_page(GFP_KERNEL);

	if (!PageHighMem(page))
		return __pa(page_address(page));
	return page_to_phys(page) + __pa(page_address(low));
}

/* The old kvirt_to_pa() of video drivers: vmalloc pages may be highmem
 * (i386), so page_address() of vmalloc_to_page() is NULL or a kmap
 * address there. */
unsigned long xc_kvirt_to_pa(unsigned long adr)
{
	unsigned long kva = (unsigned long)page_address(vmalloc_to_page((void *)adr));

	kva |= adr & (PAGE_SIZE - 1);
	return __pa(kva); /* expect[i386]: highmem-to-linear */
}
