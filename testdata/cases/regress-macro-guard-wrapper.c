/* A user macro whose body tests with a guard macro (virt_addr_valid) before it translates is transparent, not a computed sink: its own guard decides, so a vmalloc pointer through it is clean. */
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <asm/page.h>

extern phys_addr_t slow_virt_to_phys(void *addr);

#define MY_PHYS(p) (virt_addr_valid(p) ? __pa(p) : slow_virt_to_phys(p))

phys_addr_t through_guarded_macro(void)
{
	void *v = vmalloc(8);

	return MY_PHYS(v);
}

/* expect-output: */
