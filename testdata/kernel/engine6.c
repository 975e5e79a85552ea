// SPDX-License-Identifier: GPL-2.0
/* Calls as nodes of the control-flow graph, on the real headers: every
 * call an instruction evaluates is a node before it, arguments before the
 * call, so a call nested in another call's argument, in a member access's
 * base or in the second declarator of a declaration is checked once, where
 * it is; a call that follows an assignment in the same expression (after
 * a comma) still sees the assigned value.  Each shape in both directions:
 * the bug marked, its correct counterpart quiet. */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

struct xc6_box {
	void *buf;
};

/* No header declares these: the prototypes keep -Wmissing-prototypes quiet. */
void *xc6_pass(void *p);
unsigned long xc6_pfn(void *p);
unsigned long xc6_use(void *p, unsigned long pfn);
struct xc6_box *xc6_get(struct xc6_box *b);
unsigned long xc6_nested_bad(size_t n);
unsigned long xc6_nested_good(size_t n);
unsigned long xc6_decl_bad(size_t n);
unsigned long xc6_decl_good(size_t n);
unsigned long xc6_order_bad(size_t n);
unsigned long xc6_order_good(size_t n);
struct page *xc6_member_bad(struct xc6_box *b, size_t n);
struct page *xc6_member_good(struct xc6_box *b, size_t n);

void *xc6_pass(void *p)
{
	return p;
}

unsigned long xc6_pfn(void *p)
{
	return __pa(p) >> PAGE_SHIFT;
}

unsigned long xc6_use(void *p, unsigned long pfn)
{
	return pfn + (p ? 1 : 0);
}

struct xc6_box *xc6_get(struct xc6_box *b)
{
	return b;
}

unsigned long xc6_nested_bad(size_t n)
{
	void *p = vmalloc(n);

	return xc6_pfn(xc6_pass(p)); /* expect: vmalloc-to-linear */
}

unsigned long xc6_nested_good(size_t n)
{
	void *p = kmalloc(n, GFP_KERNEL);

	return xc6_pfn(xc6_pass(p));
}

unsigned long xc6_decl_bad(size_t n)
{
	void *a = vmalloc(n), *b = xc6_pass(a);

	return __pa(b); /* expect: vmalloc-to-linear */
}

unsigned long xc6_decl_good(size_t n)
{
	void *a = kmalloc(n, GFP_KERNEL), *b = xc6_pass(a);

	return __pa(b);
}

unsigned long xc6_order_bad(size_t n)
{
	void *p = kmalloc(n, GFP_KERNEL);

	return xc6_use(NULL, (p = vmalloc(n), xc6_pfn(p))); /* expect: vmalloc-to-linear */
}

unsigned long xc6_order_good(size_t n)
{
	void *p = vmalloc(n);

	vfree(p);
	return xc6_use(NULL, (p = kmalloc(n, GFP_KERNEL), xc6_pfn(p)));
}

struct page *xc6_member_bad(struct xc6_box *b, size_t n)
{
	b->buf = vmalloc(n);
	return virt_to_page(xc6_get(b)->buf); /* expect: vmalloc-to-linear */
}

struct page *xc6_member_good(struct xc6_box *b, size_t n)
{
	b->buf = kmalloc(n, GFP_KERNEL);
	return virt_to_page(xc6_get(b)->buf);
}
