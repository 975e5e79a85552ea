/* A pointer minus an integer points where the pointer does, whatever
 * regions the integer carries (here: a length read through a user
 * pointer); pointer minus pointer is a distance. */
#include <linux/vmalloc.h>
#include <linux/mm.h>

struct sic_req {
	unsigned int inlen;
};

struct page *offset_back(struct sic_req __user *u, size_t n)
{
	char *data = vmalloc(n);
	unsigned int len = *(unsigned int __user *)&u->inlen;
	char *end = data + n;

	return virt_to_page(end - len); /* expect: vmalloc-to-linear */
}

struct page *distance(size_t n, char *buf)
{
	char *data = vmalloc(n);

	return virt_to_page(buf + (data - buf)); /* a distance added to an unknown pointer: clean */
}
