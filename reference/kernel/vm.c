/*
 * Page tables (arch/x86/mm/init_32.c, pgtable_32.c, pageattr.c).
 *
 * Two page directories, as in Linux i386:
 *   initial_page_table  (head.S) identity + kernel map; the one every CPU
 *                       turns paging on with, so APs use it in startup_32_smp.
 *   swapper_pg_dir      (here) the kernel's real directory: the direct map of
 *                       lowmem in 4 KiB pages, vmalloc, fixmap; no identity map.
 * Both share the fixmap page table at PDE 1023.  Anything else mapped into
 * swapper_pg_dir's kernel half reaches initial_page_table only through
 * sync_initial_page_table(), which copies PDEs: a mapping added later under
 * an existing PDE shows up in both, a mapping that needed a new PDE does not.
 */
#include "defs.h"
#include "memlayout.h"
#include "x86.h"

pgd_t swapper_pg_dir[PTRS_PER_PGD] __attribute__((aligned(PAGE_SIZE)));

/* What paging_init() maps into swapper_pg_dir, xv6's kmap. */
static const struct kmap {
	unsigned long virt;
	phys_addr_t phys_start;
	unsigned long *phys_end;	/* read at run time */
	unsigned long flags;
} kmap[] = {
	{ PAGE_OFFSET, 0, &lowmem_end, PAGE_KERNEL },	/* direct map: lowmem */
};

/* The PTE for va in pgdir, allocating its page table if asked (xv6's walkpgdir). */
static pte_t *
walk_pgd(pgd_t *pgdir, unsigned long va, int alloc)
{
	pgd_t *pde = &pgdir[pgd_index(va)];

	if (!(*pde & _PAGE_PRESENT)) {
		if (!alloc)
			return NULL;
		*pde = alloc_page() | PAGE_TABLE;
	}
	if (*pde & _PAGE_PSE)
		return NULL;
	return (pte_t *)__va(pte_pfn_addr(*pde)) + pte_index(va);
}

void
map_kernel_page(pgd_t *pgdir, unsigned long va, phys_addr_t pa, unsigned long flags)
{
	pte_t *pte = walk_pgd(pgdir, va, 1);

	if (!pte || (*pte & _PAGE_PRESENT))
		panic("vm: remap of 0x%08x", (unsigned)va);
	*pte = pa | flags;
}

/*
 * Copy the kernel half of swapper_pg_dir into initial_page_table: Linux's
 * clone_pgd_range(initial_page_table + KERNEL_PGD_BOUNDARY,
 * swapper_pg_dir + KERNEL_PGD_BOUNDARY, KERNEL_PGD_PTRS).
 */
void
sync_initial_page_table(void)
{
	memcpy(initial_page_table + KERNEL_PGD_BOUNDARY, swapper_pg_dir + KERNEL_PGD_BOUNDARY,
	       KERNEL_PGD_PTRS * sizeof(pgd_t));
}

void
paging_init(void)
{
	for (unsigned i = 0; i < ARRAY_SIZE(kmap); i++) {
		const struct kmap *k = &kmap[i];
		unsigned long size = *k->phys_end - k->phys_start;

		for (unsigned long off = 0; off < size; off += PAGE_SIZE)
			map_kernel_page(swapper_pg_dir, k->virt + off, k->phys_start + off,
					k->flags);
	}
	swapper_pg_dir[PTRS_PER_PGD - 1] = __pa(initial_pg_fixmap) | PAGE_TABLE;
	load_cr3(__pa(swapper_pg_dir));

	/* sync back kernel address range (setup_arch(), after paging_init()) */
	sync_initial_page_table();
	printk("paging: initial_page_table synced (early)\n");
}

/* The PTE that maps va in swapper_pg_dir, or NULL (arch/x86/mm/pageattr.c). */
pte_t *
lookup_address(unsigned long va)
{
	pte_t *pte = walk_pgd(swapper_pg_dir, va, 0);

	return pte && (*pte & _PAGE_PRESENT) ? pte : NULL;
}

/*
 * The physical address behind any mapped kernel virtual address, found by
 * walking the page tables: right for the direct map, vmalloc and fixmap alike.
 */
phys_addr_t
slow_virt_to_phys(void *addr)
{
	unsigned long va = (unsigned long)addr;
	pte_t *pte = lookup_address(va);

	if (!pte)
		panic("vm: slow_virt_to_phys(0x%08x): not mapped", (unsigned)va);
	return pte_pfn_addr(*pte) | (va & ~PAGE_MASK);
}

/* Point fixmap slot idx at phys.  The slot's PTE is in the shared table. */
void
__set_fixmap(enum fixed_addresses idx, phys_addr_t phys, unsigned long flags)
{
	unsigned long va = __fix_to_virt(idx);

	if (idx == FIX_HOLE || idx >= __end_of_fixed_addresses)
		panic("vm: bad fixmap index %d", idx);
	initial_pg_fixmap[pte_index(va)] = (phys & PAGE_MASK) | flags;
	invlpg(va);
}
