/* Runner self-test fixture: a misspelt rule id and directive must be caught. */
#include <linux/vmalloc.h>
#include <asm/page.h>

phys_addr_t badexpect(void)
{
	return __pa(vmalloc(8)); /* expect: vmalloc-to-linaer */ /* expect-notes: vmalloc */ /* expect: vmalloc-to-linear@x */
}
