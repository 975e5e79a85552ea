/* x86-64's __pa(): a macro whose expansion reaches the function sink
 * __phys_addr_nodebug().  The call written is __pa(, a sink the rule
 * fixes, so the fix renames it. */
void *vmalloc(unsigned long size);
unsigned long __phys_addr_nodebug(unsigned long x);
unsigned long slow_virt_to_phys(void *addr);
#define __phys_addr(x) __phys_addr_nodebug(x)
#define __pa(x)        __phys_addr((unsigned long)(x))

unsigned long ring_phys(void)
{
	void *ring = vmalloc(4096);
	return __pa(ring); /* fix: __pa slow_virt_to_phys */
}
