// SPDX-License-Identifier: GPL-2.0
/* The engine's memory shapes on the real headers: an object linked into a
 * list with list_add_tail() or into a hash list with hlist_add_head() and
 * read back from the head; WRITE_ONCE()/READ_ONCE() of a field; fields of
 * local struct variables per object (two objects of one struct do not mix)
 * and copied by a struct assignment. */
#include <linux/list.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include "cases.h"

struct xc_item {
	struct list_head node;
	char data[64];
};

/* The head lives in an object of its own: a static LIST_HEAD() is module
 * data whose next points to itself, and list_head.next is one cell for
 * every list of the TU (a known limit), so its first entry would also be
 * module memory. */
struct xc_owner {
	struct list_head items;
};

void xc_item_add(struct xc_owner *owner)
{
	struct xc_item *it = vzalloc(sizeof(*it));

	if (it)
		list_add_tail(&it->node, &owner->items);
}

phys_addr_t xc_item_first_pa(struct xc_owner *owner)
{
	struct xc_item *it = list_first_entry(&owner->items, struct xc_item, node);

	return __pa(it); /* expect: vmalloc-to-linear */
}

struct xc_entry {
	struct hlist_node node;
	unsigned long key;
};

static struct hlist_head xc_bucket;

void xc_entry_add(unsigned long key)
{
	struct xc_entry *e = vmalloc(sizeof(*e));

	if (!e)
		return;
	e->key = key;
	hlist_add_head(&e->node, &xc_bucket);
}

struct page *xc_entry_first_page(void)
{
	struct xc_entry *e = hlist_entry(xc_bucket.first, struct xc_entry, node);

	return virt_to_page(e); /* expect: vmalloc-to-linear */
}

struct xc_dev {
	void *buf;
};

void xc_dev_setup(struct xc_dev *dev, size_t n)
{
	WRITE_ONCE(dev->buf, vzalloc(n));
}

phys_addr_t xc_dev_buf_pa(struct xc_dev *dev)
{
	return __pa(READ_ONCE(dev->buf)); /* expect: vmalloc-to-linear */
}

struct xc_chunk {
	void *data;
	size_t len;
};

phys_addr_t xc_two_chunks_pa(size_t n)
{
	struct xc_chunk big, small;
	phys_addr_t pa;

	big.data = vzalloc(n);
	small.data = kmalloc(64, GFP_KERNEL);
	pa = __pa(small.data);
	vfree(big.data);
	kfree(small.data);
	return pa;
}

phys_addr_t xc_chunk_copy_pa(size_t n)
{
	struct xc_chunk a, b;

	a.data = vmalloc(n);
	a.len = n;
	b = a;
	return __pa(b.data); /* expect: vmalloc-to-linear */
}
