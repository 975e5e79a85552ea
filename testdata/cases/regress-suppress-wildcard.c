/* A suppression for every rule, ignore[*], silences the finding on its line; a case whose only finding is suppressed exits 0 (suppressed findings do not fail the run). */
#include <linux/vmalloc.h>
#include <asm/page.h>

phys_addr_t all_rules(void)
{
	return __pa(vmalloc(8)); /* xlatcheck: ignore[*] reviewed: never remapped */
}

/* expect-output: */
