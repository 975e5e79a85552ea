/* An object from vzalloc() is linked into a list with list_add() (WRITE_ONCE(prev->next, new) inside); the first entry read back from the list head is translated with __pa(). */
#include <linux/list.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

struct item {
	struct list_head node;
	char data[64];
};

static LIST_HEAD(items);

void add_item(void)
{
	struct item *it = vzalloc(sizeof(*it));

	if (it)
		list_add(&it->node, &items);
}

unsigned long first_item_phys(void)
{
	struct item *it = list_first_entry(&items, struct item, node);

	return __pa(it); /* expect: vmalloc-to-linear */ /* expect-note: list_add() stores it in field 'next' of list_head */
}
