/* Trap: positions matter: the function that returns vmalloc memory is in the slot nothing translates through, the translating one only ever gets kmalloc() memory. */
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

struct buf_ops {
	void *(*get)(void);
	void *(*spare)(void);
	phys_addr_t (*phys)(void *buf);
};

static void *get_kbuf(void)
{
	return kmalloc(64, GFP_KERNEL);
}

static void *get_vbuf(void)
{
	return vmalloc(4096);
}

static phys_addr_t to_phys(void *buf)
{
	return __pa(buf);
}

static const struct buf_ops ops = { get_kbuf, get_vbuf, to_phys };

phys_addr_t use(void)
{
	return ops.phys(ops.get());
}
