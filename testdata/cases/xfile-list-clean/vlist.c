/* Cross-file (issue 8): this file links vmalloc'd items into its own list.
 * The list's `next` pointers are nodes of struct list_head: what is stored
 * there is another node, so it is no cross-file fact, and the kmalloc'd
 * list of klist.c stays quiet (one program-wide cell for list_head::next
 * would join every list of the program). */
#include <linux/list.h>
#include <linux/vmalloc.h>

struct vitem {
	struct list_head node;
	char data[64];
};

static LIST_HEAD(vitems);

void vitem_add(void)
{
	struct vitem *it = vmalloc(sizeof(*it));

	list_add(&it->node, &vitems);
}
