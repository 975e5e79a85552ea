/* An array of function pointers, global or in a struct, is one slot for all its elements: a call through any element calls each function stored in it. */
#include <linux/vmalloc.h>
#include <asm/page.h>

typedef unsigned long (*xlate_fn)(void *buf);

static unsigned long keep(void *buf)
{
	return (unsigned long)buf;
}

static unsigned long to_phys(void *buf)
{
	return __pa(buf);
}

static xlate_fn table[] = { keep, [1] = to_phys };

struct stage {
	xlate_fn steps[2];
};

static struct stage stage = { .steps = { keep, to_phys } };

static xlate_fn late[2];

unsigned long run(int i)
{
	void *buf = vmalloc(4096);

	late[i] = to_phys;
	return table[i](buf) /* expect: vmalloc-to-linear */ /* expect-note: calls to_phys() through 'table' */
		+ stage.steps[i](buf) /* expect: vmalloc-to-linear */ /* expect-note: calls to_phys() through stage::steps */
		+ late[0](buf); /* expect: vmalloc-to-linear */ /* expect-note: calls to_phys() through 'late' */
}
