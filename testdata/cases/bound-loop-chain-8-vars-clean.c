/* Trap: a kmalloc'd value moved along an 8-variable chain inside a loop stays linear however many rounds the loop needs. */
#include <linux/slab.h>
#include <asm/page.h>

unsigned long shift_chain_clean(size_t n, int rounds)
{
	void *v0 = kmalloc(n, GFP_KERNEL);
	void *v1 = v0, *v2 = v0, *v3 = v0, *v4 = v0, *v5 = v0, *v6 = v0, *v7 = v0, *v8 = v0;
	int i;

	for (i = 0; i < rounds; i++) {
		v8 = v7;
		v7 = v6;
		v6 = v5;
		v5 = v4;
		v4 = v3;
		v3 = v2;
		v2 = v1;
		v1 = v0;
	}
	return __pa(v8);
}
