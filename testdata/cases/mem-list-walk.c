/* A list of vzalloc()'d areas walked past its first entry (list_next_entry(), and a neighbour reached through next->prev) and translated with __pa(), in a file whose other list holds a per-CPU queue's head: reported, the path names the list insertion. */
#include <linux/list.h>
#include <linux/percpu.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

struct area {
	struct list_head list;
	unsigned long start;
};

struct block {
	struct list_head free_list;
};

struct queue {
	struct list_head free;
};

static DEFINE_PER_CPU(struct queue, queues);
static LIST_HEAD(areas);

void add_area(unsigned long start)
{
	struct area *a = vzalloc(sizeof(*a));

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

unsigned long second_phys(void)
{
	struct area *first = list_first_entry(&areas, struct area, list);
	struct area *second = list_next_entry(first, list);

	return __pa(second); /* expect: vmalloc-to-linear */ /* expect-note: list_add_tail() stores it in field 'next' of list_head */
}

static struct list_head *next_of(struct area *a)
{
	return a->list.next;
}

unsigned long before_phys(struct area *a)
{
	struct list_head *next = next_of(a);
	struct area *prev = list_entry(next->prev, struct area, list);

	return __pa(prev); /* expect: vmalloc-to-linear */ /* expect-note: list_add_tail() stores it in field 'prev' of list_head */
}
