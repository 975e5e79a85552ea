/* A list of kmalloc()'d areas walked past its first entry (list_next_entry(), and a neighbour reached through next->prev) and freed with kfree(), in a file whose other lists hold a per-CPU queue's head and an on-stack LIST_HEAD (mm/vmalloc.c's shape): quiet, each list's entries are objects of their own type. */
#include <linux/list.h>
#include <linux/percpu.h>
#include <linux/slab.h>

struct area {
	struct list_head list;
	unsigned long start;
};

struct block {
	struct list_head free_list;
	struct list_head purge;
};

struct queue {
	struct list_head free;
};

static DEFINE_PER_CPU(struct queue, queues);
static LIST_HEAD(areas);

void add_area(unsigned long start)
{
	struct area *a = kmalloc(sizeof(*a), GFP_KERNEL);

	if (!a)
		return;
	a->start = start;
	list_add_tail(&a->list, &areas);
}

void queue_block(struct block *b)
{
	struct queue *q = this_cpu_ptr(&queues);

	list_add_tail(&b->free_list, &q->free);
}

void purge_block(struct block *b)
{
	LIST_HEAD(purge);

	list_add_tail(&b->purge, &purge);
}

void free_second(void)
{
	struct area *first = list_first_entry(&areas, struct area, list);
	struct area *second = list_next_entry(first, list);

	kfree(second);
}

static struct list_head *next_of(struct area *a)
{
	return a->list.next;
}

void free_before(struct area *a)
{
	struct list_head *next = next_of(a);
	struct area *prev = list_entry(next->prev, struct area, list);

	kfree(prev);
}
