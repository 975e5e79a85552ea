/* A comma chain of 20,000 operands (clang-19 itself overflows an 8 MB stack near 50,000) is walked without recursion in its length: its last operand, a vmalloc pointer, reaches __pa(). */
#include <linux/vmalloc.h>
#include <asm/page.h>

#define COMMA_K , k
#define X2(a) a a
#define X10(a) a a a a a a a a a a

unsigned long long_comma(size_t n)
{
	char *p = vmalloc(n);
	int k = 0;

	return __pa((k X2(X10(X10(X10(X10(COMMA_K))))), p)); /* expect: vmalloc-to-linear */
}
