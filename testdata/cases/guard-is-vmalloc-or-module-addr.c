/* is_vmalloc_or_module_addr() covers module memory too (as the kernel's text-poking code uses it); clean. */
#include <linux/moduleloader.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>

struct page *text_page(unsigned long size, bool mod)
{
	void *addr = mod ? module_alloc(size) : vmalloc(size);

	return is_vmalloc_or_module_addr(addr) ? vmalloc_to_page(addr) : virt_to_page(addr);
}
