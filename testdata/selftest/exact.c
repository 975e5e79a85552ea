/* Runner self-test fixture: findings are counted per line, a column can be
 * pinned, and the whole output is compared when the case asks for it. */
#include <asm/page.h>

phys_addr_t exact(void *a, void *b)
{
	return __pa(a) + __pa(b); /* expect: vmalloc-to-linear@9 */ /* expect: vmalloc-to-linear */
}

/* expect-output:
exact.c:7:9: warning: vmalloc pointer reaches __pa() [xlatcheck:vmalloc-to-linear]
exact.c:5:25: note: a is vmalloc memory
include/asm/page.h:27:9: note: reaches __pa()
exact.c:7:19: warning: vmalloc pointer reaches __pa() [xlatcheck:vmalloc-to-linear]
 */
