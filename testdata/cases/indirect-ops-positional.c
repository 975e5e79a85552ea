/* A positional initialiser of an ops table, and an array of tables, store each function in the field of its position. */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct buf_ops {
	void *(*get)(void);
	phys_addr_t (*phys)(void *buf);
};

static void *get_vbuf(void)
{
	return vmalloc(4096);
}

static phys_addr_t to_phys(void *buf)
{
	return __pa(buf);
}

static const struct buf_ops table[] = {
	{ get_vbuf, 0 },
	{ 0, to_phys },
};

phys_addr_t use(int i, void *p)
{
	void *b = table[i].get();

	return table[i].phys(b); /* expect: vmalloc-to-linear */ /* expect-note: get_vbuf() returns it */ /* expect-note: calls to_phys() through buf_ops::phys */
}
