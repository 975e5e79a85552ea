/* An object from vzalloc() is linked into a static list with list_add_tail() (through the head's prev, a pointer to an object the caller does not know); the first entry read back from the head is translated with __pa(). */
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
		list_add_tail(&it->node, &items);
}

unsigned long first_item_phys(void)
{
	struct item *it = list_first_entry(&items, struct item, node);

	return __pa(it); /* expect: vmalloc-to-linear */ /* expect-note: list_add_tail() stores it in field 'next' of list_head */
}
