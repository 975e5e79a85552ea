/* A list head on the stack is initialised with INIT_LIST_HEAD() (list->next = list: its own address); entries of another list, from kmalloc(), are linear memory: virt_to_page() on them is correct (the head's own address is not stored into every list's next). */
/* check-flags: -DCONFIG_VMAP_STACK */
#include <linux/list.h>
#include <linux/slab.h>
#include <linux/mm.h>

struct item {
	struct list_head node;
	char data[64];
};

struct owner {
	struct list_head items;
};

int drain(struct owner *owner)
{
	struct list_head local;

	INIT_LIST_HEAD(&local);
	return local.next == &local;
}

void add_item(struct owner *owner)
{
	struct item *it = kmalloc(sizeof(*it), GFP_KERNEL);

	if (it)
		list_add(&it->node, &owner->items);
}

struct page *first_item_page(struct owner *owner)
{
	struct item *it = list_first_entry(&owner->items, struct item, node);

	return virt_to_page(it);
}
