/*
 * Physical memory: what the direct map covers, and a bump allocator.
 *
 * lowmem_end is the end of the direct map: everything the boot loader's
 * memory map describes below LOWMEM_MAX, RAM or reserved, because QEMU's
 * ACPI tables sit in reserved memory at the top of RAM.  The allocator hands
 * out only usable RAM: from the end of the kernel image up to the end of the
 * RAM above 1 MiB (Multiboot's mem_upper).  Pages are never freed; the kernel
 * needs a few dozen page tables, the percpu units and one stack per AP.
 *
 * Pages handed out before paging_init() loads swapper_pg_dir are reached
 * through initial_page_table, which maps only the first 8 MiB: far more than
 * the page tables for 256 MiB of direct map need.
 */
#include "defs.h"
#include "memlayout.h"
#include "multiboot.h"

unsigned long lowmem_end;
static phys_addr_t next_free, alloc_end;

void
pmm_init(unsigned long mbi_pa)
{
	struct multiboot_info *mbi = __va(mbi_pa);
	u64 top = 0;

	if ((mbi->flags & (MULTIBOOT_INFO_MEMORY | MULTIBOOT_INFO_MEM_MAP)) !=
	    (MULTIBOOT_INFO_MEMORY | MULTIBOOT_INFO_MEM_MAP))
		panic("pmm: no memory map from the boot loader");
	for (u32 off = 0; off < mbi->mmap_length;) {
		struct multiboot_mmap_entry *e = __va(mbi->mmap_addr + off);

		if (e->addr < LOWMEM_MAX && e->addr + e->len > top)
			top = e->addr + e->len;
		off += e->size + sizeof(e->size);
	}
	lowmem_end = top < LOWMEM_MAX ? PAGE_ALIGN(top) : LOWMEM_MAX;
	alloc_end = (KERNEL_PHYS + mbi->mem_upper * 1024) & PAGE_MASK;
	if (alloc_end > lowmem_end)
		alloc_end = lowmem_end;
	next_free = PAGE_ALIGN(__pa(_end));

	printk("mem: lowmem=0x%08x-0x%08x vmalloc=0x%08x-0x%08x fixmap=0x%08x-0x%08x\n", 0,
	       (unsigned)lowmem_end, VMALLOC_START, VMALLOC_END,
	       (unsigned)__fix_to_virt(__end_of_fixed_addresses - 1), FIXADDR_TOP);
}

/*
 * n zeroed, physically contiguous pages of RAM in the direct map; the
 * physical address of the first.  A bump allocator is contiguous anyway.
 */
phys_addr_t
alloc_pages(unsigned long n)
{
	phys_addr_t pa = next_free;

	if (n > (alloc_end - pa) / PAGE_SIZE)
		panic("pmm: out of memory");
	next_free += n * PAGE_SIZE;
	memset(__va(pa), 0, n * PAGE_SIZE);
	return pa;
}

phys_addr_t
alloc_page(void)
{
	return alloc_pages(1);
}
