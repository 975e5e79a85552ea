/* Trap: an array of function pointers whose functions do not translate, called with vmalloc memory; a translating one called only with kmalloc() memory. */
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

typedef unsigned long (*xlate_fn)(void *buf);

static unsigned long keep(void *buf)
{
	return (unsigned long)buf;
}

static unsigned long none(void *buf)
{
	return 0;
}

static unsigned long to_phys(void *buf)
{
	return __pa(buf);
}

static xlate_fn table[] = { keep, [1] = none };
static xlate_fn phys_table[] = { to_phys };

unsigned long run(int i)
{
	return table[i](vmalloc(4096)) + phys_table[0](kmalloc(64, GFP_KERNEL));
}
