/* The addr field of a struct vm_struct (get_vm_area(), __get_vm_area_caller(), find_vm_area()) is a vmalloc-area address: __pa() and virt_to_page() of it are wrong. alloc_vm_area() is gone since 5.10; 6.1 has these. */
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <asm/page.h>

phys_addr_t area_phys(unsigned long size)
{
	struct vm_struct *area = get_vm_area(size, VM_IOREMAP);

	if (!area)
		return 0;
	return __pa(area->addr); /* expect: vmalloc-to-linear */ /* expect-note: the addr field of a struct vm_struct */
}

struct page *found_page(const void *addr, unsigned long start, unsigned long end)
{
	struct vm_struct *vm = find_vm_area(addr);
	struct vm_struct *other = __get_vm_area_caller(PAGE_SIZE, VM_MAP, start, end, addr);
	void *p = other->addr;

	return vm ? virt_to_page(vm->addr) /* expect: vmalloc-to-linear */
		  : virt_to_page(p); /* expect: vmalloc-to-linear */
}
