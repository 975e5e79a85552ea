/* A `p + 1 + ... + 1` chain of 20,000 terms (clang-19 itself overflows an 8 MB stack near 40,000) is walked without recursion in its length: the vmalloc pointer still reaches __pa(). */
#include <linux/vmalloc.h>
#include <asm/page.h>

#define X2(a) a a
#define X10(a) a a a a a a a a a a

unsigned long long_sum(size_t n)
{
	char *p = vmalloc(n);

	char *q = p X2(X10(X10(X10(X10(+1)))));

	return __pa(q); /* expect: vmalloc-to-linear */ /* expect-note: assigned to 'q' */
}
