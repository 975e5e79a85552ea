/*
 * CONFIG_DEBUG_VIRTUAL's __pa() (arch/x86/mm/physaddr.c, the 32-bit
 * __phys_addr()): the subtraction, after checking that the address is one
 * the subtraction is right for.  Linux checks the same three things with
 * VIRTUAL_BUG_ON(): not below PAGE_OFFSET, not in the vmalloc area, not past
 * the end of lowmem.  refk's direct map is exactly [PAGE_OFFSET, PAGE_OFFSET
 * + lowmem_end), so one range check says all three.
 *
 * Where Linux says "kernel BUG at arch/x86/mm/physaddr.c" and dumps the
 * stack, refk prints one line with the bad address and the caller (the
 * return address of the __pa() call), then stops the kernel.  Without this
 * check, the wrong physical address goes on to be used, and with a GDT the
 * CPU resets with nothing on the console.
 *
 * It checks only the __pa() calls that run, with the addresses they get on
 * this boot.  With percpu_alloc=embed the percpu GDT *is* in the direct map,
 * and the 2017 __pa() passes: the check is silent.
 */
#include "defs.h"
#include "memlayout.h"

#ifdef CONFIG_DEBUG_VIRTUAL
/* The caller is the return address into it: addr2line -i (caller - 1). */
static void __attribute__((noreturn))
debug_virtual_bug(unsigned long x, unsigned long caller, unsigned long end)
{
	printk("debug_virtual: __pa(0x%08x) called from 0x%08x: not in the direct map "
	       "0x%08x-0x%08x\n",
	       (unsigned)x, (unsigned)caller, PAGE_OFFSET, (unsigned)(PAGE_OFFSET + end));
	panic("kernel BUG in __phys_addr(): __pa() of a non-direct-map address");
}

unsigned long
__phys_addr(unsigned long x)
{
	unsigned long phys_addr = __phys_addr_nodebug(x);
	/* lowmem_end is set early, but not _that_ early */
	unsigned long end = lowmem_end ? lowmem_end : LOWMEM_MAX;

	if (x < PAGE_OFFSET || phys_addr >= end)
		debug_virtual_bug(x, (unsigned long)__builtin_return_address(0), end);
	return phys_addr;
}
#endif
