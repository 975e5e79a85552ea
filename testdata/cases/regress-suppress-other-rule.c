/* A suppression names the rule it silences: one for another rule leaves the finding reported. */
#include <linux/vmalloc.h>
#include <asm/page.h>

phys_addr_t other_rule(void)
{
	return __pa(vmalloc(8)); /* xlatcheck: ignore[percpu-to-linear] the wrong rule */ /* expect: vmalloc-to-linear */
}
