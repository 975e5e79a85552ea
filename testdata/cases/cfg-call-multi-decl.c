/* Each declarator of `T a = f(x), b = g(a);` is its own instruction after its own calls: g() sees a, so the vmalloc() pointer passed through pass() into b reaches __pa(). */
#include <linux/vmalloc.h>
#include <linux/mm.h>

static void *pass(void *p)
{
	return p;
}

unsigned long multi_decl(size_t n)
{
	void *a = vmalloc(n), *b = pass(a);

	return __pa(b); /* expect: vmalloc-to-linear */ /* expect-note: passed through pass() */ /* expect-note: assigned to 'b' */
}
