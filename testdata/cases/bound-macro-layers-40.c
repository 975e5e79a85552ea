/* A sink macro 40 layers deep is followed to __pa(): macro layers are classified to any depth. */
#include <linux/vmalloc.h>
#include <asm/page.h>

#define LAYER1(x) __pa(x)
#define LAYER2(x) LAYER1(x)
#define LAYER3(x) LAYER2(x)
#define LAYER4(x) LAYER3(x)
#define LAYER5(x) LAYER4(x)
#define LAYER6(x) LAYER5(x)
#define LAYER7(x) LAYER6(x)
#define LAYER8(x) LAYER7(x)
#define LAYER9(x) LAYER8(x)
#define LAYER10(x) LAYER9(x)
#define LAYER11(x) LAYER10(x)
#define LAYER12(x) LAYER11(x)
#define LAYER13(x) LAYER12(x)
#define LAYER14(x) LAYER13(x)
#define LAYER15(x) LAYER14(x)
#define LAYER16(x) LAYER15(x)
#define LAYER17(x) LAYER16(x)
#define LAYER18(x) LAYER17(x)
#define LAYER19(x) LAYER18(x)
#define LAYER20(x) LAYER19(x)
#define LAYER21(x) LAYER20(x)
#define LAYER22(x) LAYER21(x)
#define LAYER23(x) LAYER22(x)
#define LAYER24(x) LAYER23(x)
#define LAYER25(x) LAYER24(x)
#define LAYER26(x) LAYER25(x)
#define LAYER27(x) LAYER26(x)
#define LAYER28(x) LAYER27(x)
#define LAYER29(x) LAYER28(x)
#define LAYER30(x) LAYER29(x)
#define LAYER31(x) LAYER30(x)
#define LAYER32(x) LAYER31(x)
#define LAYER33(x) LAYER32(x)
#define LAYER34(x) LAYER33(x)
#define LAYER35(x) LAYER34(x)
#define LAYER36(x) LAYER35(x)
#define LAYER37(x) LAYER36(x)
#define LAYER38(x) LAYER37(x)
#define LAYER39(x) LAYER38(x)
#define LAYER40(x) LAYER39(x)

unsigned long deep_layers(size_t n)
{
	void *p = vmalloc(n);

	return LAYER40(p); /* expect: vmalloc-to-linear */ /* expect-note: expands to __pa() */
}
