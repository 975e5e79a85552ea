/* container_of() from a member pointer back to the object keeps the region; &obj->member is where obj points. */
#include <linux/kernel.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

struct list_node {
	struct list_node *next;
};
struct item {
	unsigned long key;
	struct list_node node;
};

phys_addr_t item_phys(void)
{
	struct item *it = vmalloc(sizeof(*it));
	struct list_node *n = &it->node;
	struct item *back = container_of(n, struct item, node);

	return __pa(back) /* expect: vmalloc-to-linear */
		+ __pa(n); /* expect: vmalloc-to-linear */
}
