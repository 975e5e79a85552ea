/* Cross-file (issue 8): this file hashes vmalloc'd items into its own
 * table.  hlist_head::first points to a struct hlist_node, a node (a
 * struct whose pointers all point to its own type): what is stored there
 * is another node, embedded in an object the reader finds with
 * container_of(), so the field is no cross-file fact, and the kmalloc'd
 * items that khash.c reads from its own table stay quiet. */
#include <linux/list.h>
#include <linux/vmalloc.h>

struct vitem {
	struct hlist_node node;
	char data[64];
};

static struct hlist_head vtable[16];

void vitem_add(unsigned int key)
{
	struct vitem *it = vmalloc(sizeof(*it));

	hlist_add_head(&it->node, &vtable[key % 16]);
}
