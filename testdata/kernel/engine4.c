// SPDX-License-Identifier: GPL-2.0
/* Memory per object on the real headers: two heap objects of one struct
 * (a field per object), a field stored only on an early-return path (a
 * strong update through a pointer to one object), two lists of one module
 * (each head its own object), struct assignment through pointers and
 * memcpy()/memmove() of structs (fields copied), and a
 * helper's stores into the object its parameter points to.  Each shape is
 * here in both directions: the bug marked, its correct counterpart quiet. */
#include <linux/list.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/string.h>

/* No header declares these: the prototypes keep -Wmissing-prototypes quiet. */
phys_addr_t xc4_heap_bad_pa(size_t n);
phys_addr_t xc4_heap_good_pa(size_t n);
struct xc4_dev;
int xc4_dev_init_bad(struct xc4_dev *d, size_t n, bool big);
int xc4_dev_init_good(struct xc4_dev *d, size_t n, bool big);
void xc4_add_vitem(void);
void xc4_add_kitem(void);
phys_addr_t xc4_first_vitem_pa(void);
phys_addr_t xc4_first_kitem_pa(void);
phys_addr_t xc4_copy_bad_pa(struct xc4_dev *dst, size_t n);
phys_addr_t xc4_copy_good_pa(struct xc4_dev *dst, size_t n);
phys_addr_t xc4_memcpy_bad_pa(size_t n);
phys_addr_t xc4_memcpy_good_pa(size_t n);
phys_addr_t xc4_setup_bad_pa(size_t n);
phys_addr_t xc4_setup_good_pa(size_t n);

struct xc4_dev {
	void *buf;
	size_t len;
	phys_addr_t phys;
};

phys_addr_t xc4_heap_bad_pa(size_t n)
{
	struct xc4_dev *a = kzalloc(sizeof(*a), GFP_KERNEL);
	struct xc4_dev *b = kzalloc(sizeof(*b), GFP_KERNEL);

	if (!a || !b)
		return 0;
	a->buf = vzalloc(n);
	b->buf = kmalloc(n, GFP_KERNEL);
	return __pa(a->buf); /* expect: vmalloc-to-linear */
}

phys_addr_t xc4_heap_good_pa(size_t n)
{
	struct xc4_dev *a = kzalloc(sizeof(*a), GFP_KERNEL);
	struct xc4_dev *b = kzalloc(sizeof(*b), GFP_KERNEL);

	if (!a || !b)
		return 0;
	a->buf = vzalloc(n);
	b->buf = kmalloc(n, GFP_KERNEL);
	return __pa(b->buf);
}

int xc4_dev_init_bad(struct xc4_dev *d, size_t n, bool big)
{
	if (big) {
		d->buf = vzalloc(n);
		d->phys = __pa(d->buf); /* expect: vmalloc-to-linear */
		return 1;
	}
	d->buf = kmalloc(n, GFP_KERNEL);
	return 0;
}

int xc4_dev_init_good(struct xc4_dev *d, size_t n, bool big)
{
	if (big) {
		d->buf = vzalloc(n);
		return d->buf ? 1 : -ENOMEM;
	}
	d->buf = kmalloc(n, GFP_KERNEL);
	if (!d->buf)
		return -ENOMEM;
	d->phys = __pa(d->buf);
	return 0;
}

struct xc4_item {
	struct list_head node;
	char data[64];
};

static LIST_HEAD(xc4_vitems);
static LIST_HEAD(xc4_kitems);

void xc4_add_vitem(void)
{
	struct xc4_item *it = vzalloc(sizeof(*it));

	if (it)
		list_add(&it->node, &xc4_vitems);
}

void xc4_add_kitem(void)
{
	struct xc4_item *it = kmalloc(sizeof(*it), GFP_KERNEL);

	if (it)
		list_add(&it->node, &xc4_kitems);
}

phys_addr_t xc4_first_vitem_pa(void)
{
	struct xc4_item *it = list_first_entry(&xc4_vitems, struct xc4_item, node);

	return __pa(it); /* expect: vmalloc-to-linear */
}

phys_addr_t xc4_first_kitem_pa(void)
{
	struct xc4_item *it = list_first_entry(&xc4_kitems, struct xc4_item, node);

	return __pa(it);
}

phys_addr_t xc4_copy_bad_pa(struct xc4_dev *dst, size_t n)
{
	struct xc4_dev *src = kzalloc(sizeof(*src), GFP_KERNEL);

	if (!src)
		return 0;
	src->buf = vzalloc(n);
	src->len = n;
	*dst = *src;
	return __pa(dst->buf); /* expect: vmalloc-to-linear */
}

phys_addr_t xc4_copy_good_pa(struct xc4_dev *dst, size_t n)
{
	struct xc4_dev *big = kzalloc(sizeof(*big), GFP_KERNEL);
	struct xc4_dev *small = kzalloc(sizeof(*small), GFP_KERNEL);

	if (!big || !small)
		return 0;
	big->buf = vzalloc(n);
	small->buf = kmalloc(64, GFP_KERNEL);
	*dst = *small;
	return __pa(dst->buf);
}

phys_addr_t xc4_memcpy_bad_pa(size_t n)
{
	struct xc4_dev *src = kzalloc(sizeof(*src), GFP_KERNEL);
	struct xc4_dev copy;

	if (!src)
		return 0;
	src->buf = vzalloc(n);
	memcpy(&copy, src, sizeof(copy));
	return __pa(copy.buf); /* expect: vmalloc-to-linear */
}

phys_addr_t xc4_memcpy_good_pa(size_t n)
{
	struct xc4_dev *big = kzalloc(sizeof(*big), GFP_KERNEL);
	struct xc4_dev *small = kzalloc(sizeof(*small), GFP_KERNEL);
	struct xc4_dev *moved = kzalloc(sizeof(*moved), GFP_KERNEL);
	struct xc4_dev copy;

	if (!big || !small || !moved)
		return 0;
	big->buf = vzalloc(n);
	small->buf = kmalloc(64, GFP_KERNEL);
	memcpy(&copy, small, sizeof(copy));
	memmove(moved, small, sizeof(*moved));
	return __pa(copy.buf) + __pa(moved->buf);
}

static void xc4_setup_v(struct xc4_dev *d, size_t n)
{
	d->buf = vmalloc(n);
	d->len = n;
}

static void xc4_setup_k(struct xc4_dev *d, size_t n)
{
	d->buf = kmalloc(n, GFP_KERNEL);
	d->len = n;
}

phys_addr_t xc4_setup_bad_pa(size_t n)
{
	struct xc4_dev *p = kzalloc(sizeof(*p), GFP_KERNEL);
	struct xc4_dev x;

	if (!p)
		return 0;
	xc4_setup_v(p, n);
	xc4_setup_v(&x, n);
	return __pa(p->buf) + /* expect: vmalloc-to-linear */
	       __pa(x.buf); /* expect: vmalloc-to-linear */
}

phys_addr_t xc4_setup_good_pa(size_t n)
{
	struct xc4_dev *p = kzalloc(sizeof(*p), GFP_KERNEL);
	struct xc4_dev *q = kzalloc(sizeof(*q), GFP_KERNEL);
	struct xc4_dev x;

	if (!p || !q)
		return 0;
	xc4_setup_v(q, n);
	xc4_setup_k(p, n);
	xc4_setup_k(&x, n);
	return __pa(p->buf) + __pa(x.buf);
}
