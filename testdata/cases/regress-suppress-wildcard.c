/* A suppression for every rule, ignore[*], silences the finding on its line (and the run exits 0); one for another rule does not. */
#include <linux/vmalloc.h>
#include <asm/page.h>

phys_addr_t all_rules(void)
{
	return __pa(vmalloc(8)); /* xlatcheck: ignore[*] reviewed: never remapped */
}

phys_addr_t other_rule(void)
{
	return __pa(vmalloc(8)); /* xlatcheck: ignore[percpu-to-linear] the wrong rule */ /* expect: vmalloc-to-linear */
}
