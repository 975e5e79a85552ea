/* A parameter declared __user is a user-space address: translating it as a kernel address is wrong. */
#include <linux/mm.h>

struct page *user_page(const void __user *ubuf)
{
	return virt_to_page(ubuf); /* expect: user-to-linear */ /* expect-note: declared __user */
}

struct page *kernel_page(const void *kbuf)
{
	return virt_to_page(kbuf); /* a plain kernel pointer: nothing known, clean */
}
