/* Cross-file (issue 8): a list of kmalloc'd items, translated: right.  The
 * vmalloc'd items vlist.c links into another list must not reach it. */
#include <linux/list.h>
#include <linux/slab.h>
#include <asm/page.h>

struct kitem {
	struct list_head node;
	char data[64];
};

unsigned long kitem_first_phys(struct list_head *head)
{
	struct kitem *it = list_first_entry(head, struct kitem, node);

	return __pa(it);
}
