/* Trap: BUG_ON(is_vmalloc_addr(p)) does not return when the guard holds (BUG() is noreturn), so virt_to_page(p) after it is on linear memory; clean. */
#include <linux/bug.h>
#include <linux/mm.h>

struct page *checked_page(const void *p)
{
	BUG_ON(is_vmalloc_addr(p));
	return virt_to_page(p);
}
