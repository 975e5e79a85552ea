/* The branch where is_kernel_rodata() is false may hold any memory:
 * returning the argument there (the test inverted) hands a vmalloc'd name
 * to kfree(). */
#include <linux/slab.h>
#include <linux/vmalloc.h>

bool is_kernel_rodata(unsigned long addr);
char *kstrdup(const char *s, gfp_t gfp);

static const char *dup_const_inverted(const char *s, gfp_t gfp)
{
	if (!is_kernel_rodata((unsigned long)s))
		return s;
	return kstrdup(s, gfp);
}

void rename_obj(size_t n)
{
	char *name = vmalloc(n);
	const char *dup = dup_const_inverted(name, GFP_KERNEL);

	kfree(dup); /* expect: vmalloc-to-linear */
}
