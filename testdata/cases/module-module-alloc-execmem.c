/* module_alloc() (6.1) and execmem_alloc() (6.10+) return module memory. */
#include <linux/moduleloader.h>
#include <linux/execmem.h>
#include <asm/io.h>

phys_addr_t text_phys(size_t size)
{
	void *text = module_alloc(size);
	void *kp = execmem_alloc(EXECMEM_KPROBES, size);

	return virt_to_phys(text) /* expect: module-to-linear */
		+ __pa(kp); /* expect: module-to-linear */
}
