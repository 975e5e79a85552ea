/* core_kernel_text(addr) true: addr is kernel-image text, which
 * virt_to_page() handles; a module_alloc()'d slot there is impossible
 * (the shape of arch/x86/kernel/alternative.c's __text_poke()). */
#include <linux/moduleloader.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>

int core_kernel_text(unsigned long addr);

struct page *text_page(void *addr)
{
	if (!core_kernel_text((unsigned long)addr))
		return vmalloc_to_page(addr);
	return virt_to_page(addr);
}

struct page *poke_slot(unsigned long size)
{
	return text_page(module_alloc(size));
}
