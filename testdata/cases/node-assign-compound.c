/* A compound assignment to a local (p += off, an assign node) keeps where p points: the vmalloc() pointer moved by an offset computed by a call still reaches __pa(). */
#include <linux/vmalloc.h>
#include <linux/mm.h>

static unsigned long offset_of(size_t n)
{
	return n / 2;
}

unsigned long assign_compound(size_t n)
{
	char *p = vmalloc(n);

	p += offset_of(n);
	return __pa(p); /* expect: vmalloc-to-linear */ /* expect-note: vmalloc() returns vmalloc memory */
}
