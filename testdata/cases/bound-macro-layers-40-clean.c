/* Trap: a 40-layer macro wrapper around the correct translation (vmalloc_to_page) stays quiet. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

#define WRAP1(x) vmalloc_to_page(x)
#define WRAP2(x) WRAP1(x)
#define WRAP3(x) WRAP2(x)
#define WRAP4(x) WRAP3(x)
#define WRAP5(x) WRAP4(x)
#define WRAP6(x) WRAP5(x)
#define WRAP7(x) WRAP6(x)
#define WRAP8(x) WRAP7(x)
#define WRAP9(x) WRAP8(x)
#define WRAP10(x) WRAP9(x)
#define WRAP11(x) WRAP10(x)
#define WRAP12(x) WRAP11(x)
#define WRAP13(x) WRAP12(x)
#define WRAP14(x) WRAP13(x)
#define WRAP15(x) WRAP14(x)
#define WRAP16(x) WRAP15(x)
#define WRAP17(x) WRAP16(x)
#define WRAP18(x) WRAP17(x)
#define WRAP19(x) WRAP18(x)
#define WRAP20(x) WRAP19(x)
#define WRAP21(x) WRAP20(x)
#define WRAP22(x) WRAP21(x)
#define WRAP23(x) WRAP22(x)
#define WRAP24(x) WRAP23(x)
#define WRAP25(x) WRAP24(x)
#define WRAP26(x) WRAP25(x)
#define WRAP27(x) WRAP26(x)
#define WRAP28(x) WRAP27(x)
#define WRAP29(x) WRAP28(x)
#define WRAP30(x) WRAP29(x)
#define WRAP31(x) WRAP30(x)
#define WRAP32(x) WRAP31(x)
#define WRAP33(x) WRAP32(x)
#define WRAP34(x) WRAP33(x)
#define WRAP35(x) WRAP34(x)
#define WRAP36(x) WRAP35(x)
#define WRAP37(x) WRAP36(x)
#define WRAP38(x) WRAP37(x)
#define WRAP39(x) WRAP38(x)
#define WRAP40(x) WRAP39(x)

struct page *deep_layers_clean(size_t n)
{
	void *p = vmalloc(n);

	return WRAP40(p);
}
