/* is_kernel_rodata(addr) true: addr is in the kernel image's .rodata,
 * which the linear translations handle (kstrdup_const()'s shape: it
 * returns its argument only then, else a kmalloc'd copy).  A name in a
 * vmalloc'd object passed through it and freed with kfree_const() is
 * fine. */
#include <linux/slab.h>
#include <linux/vmalloc.h>

bool is_kernel_rodata(unsigned long addr);
char *kstrdup(const char *s, gfp_t gfp);

static const char *dup_const(const char *s, gfp_t gfp)
{
	if (is_kernel_rodata((unsigned long)s))
		return s;
	return kstrdup(s, gfp);
}

void rename_obj(size_t n)
{
	char *name = vmalloc(n);
	const char *dup = dup_const(name, GFP_KERNEL);

	kfree(dup); /* a .rodata string or a kmalloc'd copy: clean */
}
