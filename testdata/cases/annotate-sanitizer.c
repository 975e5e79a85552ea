/* annotate("xlatcheck:sanitizer") marks a translation as correct: calls to it are clean, and its __pa(param) body is not a wrapper sink. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

/* Firmware keeps its own mapping of every buffer it is handed; the checker cannot see that, the annotation says so. */
static phys_addr_t __attribute__((annotate("xlatcheck:sanitizer"))) fw_pa(const void *p)
{
	return __pa(p);
}

extern phys_addr_t fw_xlate(void *p) __attribute__((annotate("xlatcheck:sanitizer")));

phys_addr_t use(size_t n)
{
	void *v = vmalloc(n);

	return fw_pa(v) + fw_xlate(v);
}
