/* An object from vmalloc() is linked into a hash list with hlist_add_head() (WRITE_ONCE(h->first, n) inside); the first entry read back from the bucket is translated with virt_to_page(). */
#include <linux/list.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>

struct entry {
	struct hlist_node node;
	unsigned long key;
};

static struct hlist_head bucket;

void add_entry(unsigned long key)
{
	struct entry *e = vmalloc(sizeof(*e));

	if (!e)
		return;
	e->key = key;
	hlist_add_head(&e->node, &bucket);
}

struct page *first_entry_page(void)
{
	struct entry *e = hlist_entry(bucket.first, struct entry, node);

	return virt_to_page(e); /* expect: vmalloc-to-linear */ /* expect-note: hlist_add_head() stores it in field 'first' of hlist_head */
}
