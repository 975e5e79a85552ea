// SPDX-License-Identifier: GPL-2.0
/* Lists walked past their first entry, on the real headers (mm/vmalloc.c's
 * shape): one TU holds a list of kmalloc()'d areas, a list of vzalloc()'d
 * areas, a per-CPU queue's list of blocks and an on-stack LIST_HEAD, all
 * sharing `list_head::next` and `prev`.  An entry reached by
 * list_next_entry() or through next->prev is an object of the list's own
 * type: the kmalloc'd area freed with kfree() is quiet, the vzalloc'd one
 * translated with __pa() is reported. */
#include <linux/list.h>
#include <linux/percpu.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

struct xclt_karea {
	struct list_head list;
	unsigned long start;
};

struct xclt_varea {
	struct list_head list;
	unsigned long start;
};

struct xclt_block {
	struct list_head free_list;
	struct list_head purge;
};

struct xclt_queue {
	struct list_head free;
};

static DEFINE_PER_CPU(struct xclt_queue, xclt_queues);
static LIST_HEAD(xclt_kareas);
static LIST_HEAD(xclt_vareas);

/* No header declares these: the prototypes keep -Wmissing-prototypes quiet. */
void xclt_add_karea(unsigned long start);
void xclt_add_varea(unsigned long start);
void xclt_queue_block(struct xclt_block *b);
void xclt_purge_block(struct xclt_block *b);
void xclt_free_second_good(void);
void xclt_free_before_good(struct xclt_karea *a);
unsigned long xclt_second_phys_bad(void);
unsigned long xclt_before_phys_bad(struct xclt_varea *a);

void xclt_add_karea(unsigned long start)
{
	struct xclt_karea *a = kmalloc(sizeof(*a), GFP_KERNEL);

	if (!a)
		return;
	a->start = start;
	list_add_tail(&a->list, &xclt_kareas);
}

void xclt_add_varea(unsigned long start)
{
	struct xclt_varea *a = vzalloc(sizeof(*a));

	if (!a)
		return;
	a->start = start;
	list_add_tail(&a->list, &xclt_vareas);
}

void xclt_queue_block(struct xclt_block *b)
{
	struct xclt_queue *q = raw_cpu_ptr(&xclt_queues);

	list_add_tail(&b->free_list, &q->free);
}

void xclt_purge_block(struct xclt_block *b)
{
	LIST_HEAD(purge);

	list_add_tail(&b->purge, &purge);
	list_del(&b->purge);
}

void xclt_free_second_good(void)
{
	struct xclt_karea *first = list_first_entry(&xclt_kareas, struct xclt_karea, list);
	struct xclt_karea *second = list_next_entry(first, list);

	kfree(second);
}

void xclt_free_before_good(struct xclt_karea *a)
{
	struct list_head *next = a->list.next;
	struct xclt_karea *prev = list_entry(next->prev, struct xclt_karea, list);

	kfree(prev);
}

unsigned long xclt_second_phys_bad(void)
{
	struct xclt_varea *first = list_first_entry(&xclt_vareas, struct xclt_varea, list);
	struct xclt_varea *second = list_next_entry(first, list);

	return __pa(second); /* expect: vmalloc-to-linear */
}

unsigned long xclt_before_phys_bad(struct xclt_varea *a)
{
	struct list_head *next = a->list.next;
	struct xclt_varea *prev = list_entry(next->prev, struct xclt_varea, list);

	return __pa(prev); /* expect: vmalloc-to-linear */
}
