/* ... read here with no type known (translated as `void *`): the read
 * stays conservative and sees every type's stores. */
#include <linux/types.h>
#include <asm/page.h>

struct handle {
	void *private_data;
};

unsigned long handle_phys(struct handle *h)
{
	return __pa(h->private_data); /* expect: vmalloc-to-linear */ /* expect-note: stored in field 'private_data' of handle */
}
