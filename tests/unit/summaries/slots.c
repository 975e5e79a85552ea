/* A `void *` slot stored and read with types, and a hash node
 * (summaries.sh: the document's typed stores and inputs). */
#include "ring.h"

struct handle {
	void *private_data;
};

struct vbuf {
	char data[64];
};

struct kport {
	int id;
};

struct hnode {
	struct hnode *next, **pprev;
};

struct hhead {
	struct hnode *first;
};

struct item {
	struct hnode node;
};

void *vmalloc(unsigned long size);
void *kmalloc(unsigned long size, int flags);

void slot_open(struct handle *h)
{
	struct vbuf *b = vmalloc(sizeof(*b));

	h->private_data = b;
}

struct kport *slot_port(struct handle *h)
{
	struct kport *p = h->private_data;

	return p;
}

void *slot_any(struct handle *h)
{
	return h->private_data;
}

void node_add(struct hhead *head)
{
	struct item *it = vmalloc(sizeof(*it));

	head->first = &it->node;
}

struct hnode *node_first(struct hhead *head)
{
	return head->first;
}
