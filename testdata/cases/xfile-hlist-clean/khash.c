/* Cross-file (issue 8): the first kmalloc'd item of a hash bucket,
 * translated: right.  The vmalloc'd items of vhash.c live in another
 * table and must not reach it. */
#include <linux/list.h>
#include <linux/slab.h>
#include <asm/page.h>

struct kitem {
	struct hlist_node node;
	char data[64];
};

unsigned long kitem_first_phys(struct hlist_head *bucket)
{
	struct kitem *it = hlist_entry(bucket->first, struct kitem, node);

	return __pa(it);
}
