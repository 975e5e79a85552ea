/* A statement expression whose value is !guard (a helper macro): the branch it decides is the guard's false one negated, so virt_to_page() where the macro said "not linear" sees vmalloc memory. */
#include <linux/mm.h>

#define not_linear(p) ({ bool __lin = !is_vmalloc_addr(p); !__lin; })

struct page *stmt_expr_not(const void *p)
{
	if (not_linear(p))
		return virt_to_page(p); /* expect: vmalloc-to-linear */ /* expect-note: true here */
	return vmalloc_to_page(p);
}
