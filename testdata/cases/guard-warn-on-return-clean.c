/* Trap: if (WARN_ON(is_vmalloc_addr(p))) return: the guard is kept in WARN_ON's own variable, which decides the branch; virt_to_page(p) after it is on linear memory even for a vmalloc'd caller; clean. */
#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>

struct page *warned_page(const void *p)
{
	if (WARN_ON(is_vmalloc_addr(p)))
		return NULL;
	return virt_to_page(p);
}

struct page *caller(size_t n)
{
	return warned_page(vmalloc(n));
}
