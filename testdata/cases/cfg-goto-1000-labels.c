/* A function with 1,000 labels and as many forward and backward gotos (an odd number of swaps apart) is analysed in well under a second, and the value swapped through them is found. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

#define LBL(a, b, c) \
	l##a##b##c: \
	if (n-- > 1) \
		goto l##c##b##a; \
	t = p; p = q; q = t;
#define D(a, b) LBL(a, b, 0) LBL(a, b, 1) LBL(a, b, 2) LBL(a, b, 3) LBL(a, b, 4) \
	LBL(a, b, 5) LBL(a, b, 6) LBL(a, b, 7) LBL(a, b, 8) LBL(a, b, 9)
#define C(a) D(a, 0) D(a, 1) D(a, 2) D(a, 3) D(a, 4) D(a, 5) D(a, 6) D(a, 7) D(a, 8) D(a, 9)

unsigned long many_labels(size_t n)
{
	void *p = kmalloc(n, GFP_KERNEL), *q = vmalloc(n), *t;

	C(0) C(1) C(2) C(3) C(4) C(5) C(6) C(7) C(8) C(9)
	return __pa(p); /* expect: vmalloc-to-linear */
}
