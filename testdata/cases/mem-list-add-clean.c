/* Objects from kmalloc() linked into a list with list_add() and list_add_tail(): the first entry is linear memory, __pa() on it is correct. */
#include <linux/list.h>
#include <linux/slab.h>
#include <asm/page.h>

struct item {
	struct list_head node;
	char data[64];
};

static LIST_HEAD(items);

void add_item(int tail)
{
	struct item *it = kmalloc(sizeof(*it), GFP_KERNEL);

	if (!it)
		return;
	if (tail)
		list_add_tail(&it->node, &items);
	else
		list_add(&it->node, &items);
}

unsigned long first_item_phys(void)
{
	struct item *it = list_first_entry(&items, struct item, node);

	return __pa(it);
}
