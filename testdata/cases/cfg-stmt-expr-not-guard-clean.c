/* Trap: a statement expression whose value is !guard: virt_to_page() where the macro said "linear" is clean. */
#include <linux/mm.h>

#define not_linear(p) ({ bool __lin = !is_vmalloc_addr(p); !__lin; })

struct page *stmt_expr_not_clean(const void *p)
{
	if (not_linear(p))
		return vmalloc_to_page(p);
	return virt_to_page(p);
}
