/* Prototypes of the case functions: they are global so gcc keeps them (and
 * does not warn they are unused) without the module ever calling them. */
#ifndef XLATCASES_H
#define XLATCASES_H

#include <linux/types.h>
#include <linux/mm_types.h>

/* seed.c */
void xc_seed_setup_fixmap_gdt(int cpu);
phys_addr_t xc_seed_gdt_paddr(int cpu);
/* percpu.c */
phys_addr_t xc_this_cpu_ptr_to_phys(void);
phys_addr_t xc_alloc_percpu_pa(int cpu);
phys_addr_t xc_helper_caller(void);
phys_addr_t xc_per_cpu_ptr_to_phys(int cpu);
struct xc_dev;
phys_addr_t xc_percpu_field_pa(struct xc_dev *dev);
/* vmalloc.c */
struct page *xc_vmalloc_virt_to_page(void);
void xc_vzalloc_field_fixmap(void);
struct page *xc_any_to_page(void *p);
struct page *xc_any_to_page_caller(void);
int xc_virt_addr_valid_guard(void *p, struct page **out);
int xc_virt_addr_valid_caller(struct page **out);
phys_addr_t xc_vmap_to_phys(struct page **pages, unsigned int n);
struct page *xc_kvmalloc_to_page(size_t n);
/* other.c */
void xc_stack_sg(void);
phys_addr_t xc_ioremap_to_phys(phys_addr_t mmio);
phys_addr_t xc_module_static_pa(void);
phys_addr_t xc_kmalloc_to_phys(void);
int xc_stack_array_of_pointers(struct page **out);
/* sanitizers.c */
phys_addr_t xc_san_per_cpu_ptr_to_phys(int cpu);
phys_addr_t xc_san_slow_virt_to_phys(void);
struct page *xc_san_vmalloc_to_page(void);
phys_addr_t xc_san_pa_symbol(void);
/* engine2.c */
phys_addr_t xc_out_param_pa(size_t n);
phys_addr_t xc_out_param_kmalloc_pa(size_t n);
struct xc_req;
void xc_req_setup(struct xc_req *req, size_t n);
phys_addr_t xc_req_ctx_pa(struct xc_req *req);
void xc_req_fill(struct xc_req *req, size_t n);
struct page *xc_req_chunk_page(struct xc_req *req, int j);
struct page *xc_vaddr_to_page_swapped(void *cpu_addr);
struct xc_ldt;
unsigned long xc_ldt_pfns(struct xc_ldt *ldt, int nr_pages);
unsigned long xc_ldt_pfns_swapped(struct xc_ldt *ldt, int nr_pages);
struct scatterlist;
void xc_fill_sg(struct scatterlist *sg, void *buf, size_t len);
void xc_fill_sg_vmalloc(struct scatterlist *sg, size_t n);
struct page *xc_bug_on_page(const void *p);
struct page *xc_warn_on_page(const void *p);
struct page *xc_warn_on_caller(size_t n);
phys_addr_t xc_pa_symbol_module_data(void);
/* engine3.c */
struct xc_owner;
void xc_item_add(struct xc_owner *owner);
phys_addr_t xc_item_first_pa(struct xc_owner *owner);
void xc_entry_add(unsigned long key);
struct page *xc_entry_first_page(void);
struct xc_dev;
void xc_dev_setup(struct xc_dev *dev, size_t n);
phys_addr_t xc_dev_buf_pa(struct xc_dev *dev);
phys_addr_t xc_two_chunks_pa(size_t n);
phys_addr_t xc_chunk_copy_pa(size_t n);

/* memmap.c */
struct device;
struct usb_device;
struct folio;
struct page *xc_dma_coherent_page(struct device *dev, size_t size, dma_addr_t *handle);
phys_addr_t xc_early_memremap_pa(resource_size_t phys, unsigned long size);
struct page *xc_kmap_local_page(struct page *page);
struct page *xc_kmap_to_page(struct page *page);
struct page *xc_kmap_to_page_vmalloc(unsigned long size);
phys_addr_t xc_stack_pa(void);
int xc_usb_stack(struct usb_device *udev);
struct folio *xc_virt_to_folio_vmalloc(unsigned long size);
void xc_kfree_vmalloc(unsigned long size);
dma_addr_t xc_dma_map_single_vmalloc(struct device *dev, size_t size);
struct scatterlist;
phys_addr_t xc_vmemmap_page(struct page *page, struct folio *folio);
phys_addr_t xc_vmemmap_page_right(struct page *page);
phys_addr_t xc_vm_area_pa(unsigned long size);
struct page *xc_find_vm_area_page(const void *addr);
struct page *xc_vm_area_page_right(const void *addr);
dma_addr_t xc_dma_map_page_vmalloc(struct device *dev, size_t size, dma_addr_t *right);
int xc_dma_map_sg_vmalloc(struct device *dev, struct scatterlist *sg, size_t size);
phys_addr_t xc_highmem_page_address(void);
struct page *xc_highmem_page_helper(void);
phys_addr_t xc_highmem_folio_address(void);
phys_addr_t xc_highmem_page_right(void);
unsigned long xc_kvirt_to_pa(unsigned long adr);

/* printk.c */
void xc_printk_pa(struct device *dev, unsigned long size);

#endif
