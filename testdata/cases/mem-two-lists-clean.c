/* Two lists of one module: one of vzalloc()'d objects, one of kmalloc()'d ones; __pa() of the first entry of the kmalloc'd one is correct (each list head is an object of its own). */
#include <linux/list.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

struct item {
	struct list_head node;
	char data[64];
};

static LIST_HEAD(vitems);
static LIST_HEAD(kitems);

void add_vitem(void)
{
	struct item *it = vzalloc(sizeof(*it));

	if (it)
		list_add(&it->node, &vitems);
}

void add_kitem(void)
{
	struct item *it = kmalloc(sizeof(*it), GFP_KERNEL);

	if (it)
		list_add(&it->node, &kitems);
}

unsigned long first_kitem_phys(void)
{
	struct item *it = list_first_entry(&kitems, struct item, node);

	return __pa(it);
}
