/* Objects from kmalloc() linked into a hash list with hlist_add_head(): the first entry is linear memory, virt_to_page() on it is correct. */
#include <linux/list.h>
#include <linux/slab.h>
#include <linux/mm.h>

struct entry {
	struct hlist_node node;
	unsigned long key;
};

static struct hlist_head bucket;

void add_entry(unsigned long key)
{
	struct entry *e = kmalloc(sizeof(*e), GFP_KERNEL);

	if (!e)
		return;
	e->key = key;
	hlist_add_head(&e->node, &bucket);
}

struct page *first_entry_page(void)
{
	struct entry *e = hlist_entry(bucket.first, struct entry, node);

	return virt_to_page(e);
}
