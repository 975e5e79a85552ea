/* Cross-file (issue 8): a static function of one file never stands for a
 * function of the same name in another.  Here to_phys() translates its
 * argument and get() returns vmalloc memory, both static: b.c has its own
 * get() (kmalloc), and c.c calls an external to_phys() that no file
 * defines (opaque).  Nothing to report. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/io.h>

static phys_addr_t to_phys(void *p)
{
	return virt_to_phys(p);
}

static void *get(void)
{
	return vmalloc(64);
}

phys_addr_t a_phys(void)
{
	return to_phys(kmalloc(64, GFP_KERNEL));
}

void *a_keep(void)
{
	return get() ? (void *)0 : (void *)0;
}
