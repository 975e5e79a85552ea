// SPDX-License-Identifier: GPL-2.0
/* Conditions lowered into the control-flow graph, on the real headers: a
 * branch condition made of &&, || and ! is a chain of guard-branches, one
 * leaf each, so each path learns only what its own leaves said; a
 * value-context ?: has its arms as blocks.  A guard that is one leaf of an
 * || takes the branch on its own (is_vmalloc_addr(p) || other), a guard
 * kept in a bool is one leaf like any other, likely() is seen through, and
 * a ?: whose condition is an || of a guard narrows its arms path by path.
 * Each shape is here in both directions: the bug marked, its correct
 * counterpart quiet. */
#include <linux/mm.h>
#include <linux/vmalloc.h>

/* No header declares these: the prototypes keep -Wmissing-prototypes quiet. */
struct page *xc5_or_guard_bad(const void *p, bool in_area);
struct page *xc5_or_guard_good(const void *p, bool in_area);
unsigned long xc5_right_leaf_bad(const void *p);
unsigned long xc5_right_leaf_good(const void *p);
struct page *xc5_stored_or_bad(const void *p, bool big);
struct page *xc5_stored_or_good(const void *p, bool big);
unsigned long xc5_ternary_or_bad(const void *p, bool big);
unsigned long xc5_ternary_or_good(const void *p, bool small);
struct page *xc5_and_else_bad(const void *p, bool linear);
struct page *xc5_and_else_good(const void *p, bool force);

struct page *xc5_or_guard_bad(const void *p, bool in_area)
{
	if (is_vmalloc_addr(p) || in_area)
		return virt_to_page(p); /* expect: vmalloc-to-linear */
	return NULL;
}

struct page *xc5_or_guard_good(const void *p, bool in_area)
{
	if (is_vmalloc_addr(p) || in_area)
		return vmalloc_to_page(p);
	return virt_to_page(p);
}

unsigned long xc5_right_leaf_bad(const void *p)
{
	if (!p || likely(is_vmalloc_addr(p)))
		return page_to_pfn(virt_to_page(p)); /* expect: vmalloc-to-linear */
	return 0;
}

unsigned long xc5_right_leaf_good(const void *p)
{
	if (!p || likely(is_vmalloc_addr(p)))
		return p ? vmalloc_to_pfn(p) : 0;
	return page_to_pfn(virt_to_page(p));
}

struct page *xc5_stored_or_bad(const void *p, bool big)
{
	bool vm = is_vmalloc_addr(p);

	if (vm || big)
		return virt_to_page(p); /* expect: vmalloc-to-linear */
	return vmalloc_to_page(p);
}

struct page *xc5_stored_or_good(const void *p, bool big)
{
	bool vm = is_vmalloc_addr(p);

	if (vm || big)
		return vmalloc_to_page(p);
	return virt_to_page(p);
}

unsigned long xc5_ternary_or_bad(const void *p, bool big)
{
	return page_to_pfn(is_vmalloc_addr(p) || big ? virt_to_page(p) : vmalloc_to_page(p)); /* expect: vmalloc-to-linear */
}

unsigned long xc5_ternary_or_good(const void *p, bool small)
{
	return page_to_pfn(!is_vmalloc_addr(p) && small ? virt_to_page(p) : vmalloc_to_page(p));
}

struct page *xc5_and_else_bad(const void *p, bool linear)
{
	struct page *page;

	if (is_vmalloc_addr(p) && !linear)
		page = vmalloc_to_page(p);
	else
		page = virt_to_page(p); /* expect: vmalloc-to-linear */
	return page;
}

struct page *xc5_and_else_good(const void *p, bool force)
{
	struct page *page;

	if (is_vmalloc_addr(p) || force)
		page = vmalloc_to_page(p);
	else
		page = virt_to_page(p);
	return page;
}
