/* Trap: container_of() on a member of a kmalloc object stays linear. */
#include <linux/kernel.h>
#include <linux/slab.h>
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
	struct item *it = kzalloc(sizeof(*it), GFP_KERNEL);
	struct list_node *n = &it->node;

	return __pa(container_of(n, struct item, node));
}
