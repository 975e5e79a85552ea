/* Casts carry regions, also through unsigned long / uintptr_t and back to a pointer. */
#include <linux/percpu.h>
#include <linux/vmalloc.h>
#include <asm/io.h>

DEFINE_PER_CPU(int, cpu_word);

phys_addr_t through_integers(unsigned long n)
{
	unsigned long addr = (unsigned long)vmalloc(n);
	uintptr_t word = (uintptr_t)this_cpu_ptr(&cpu_word);
	void *back = (void *)addr;
	phys_addr_t pa = virt_to_phys(back); /* expect: vmalloc-to-linear */

	return pa + __pa((char *)word); /* expect: percpu-to-linear */
}
