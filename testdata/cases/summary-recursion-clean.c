/* Trap: recursive helpers that only ever see linear memory: terminates, no finding. */
#include <linux/slab.h>
#include <asm/page.h>

struct node {
	struct node *next;
	char data[32];
};

static phys_addr_t sum_phys(struct node *n, int depth)
{
	if (!n || depth > 8)
		return 0;
	return __pa(n->data) + sum_phys(n->next, depth + 1);
}

phys_addr_t list_phys(void)
{
	struct node *head = kzalloc(sizeof(*head), GFP_KERNEL);

	return sum_phys(head, 0);
}
