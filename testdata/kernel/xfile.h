/* The cross-file cases (issue 8): what xfile-helpers.c defines and
 * xfile-users.c uses.  Only `xlatcheck link` (after Kbuild with
 * --summaries) and `xlatcheck -p` see these findings: a mark for one is
 * written `expect-linked:` (tests/kernel/link.sh). */
#ifndef XLATCASES_XFILE_H
#define XLATCASES_XFILE_H

#include <linux/types.h>

/* a source helper: returns vmalloc memory; its counterpart kmalloc memory */
void *xc_xf_ring_alloc(size_t n);
void *xc_xf_cbuf_alloc(size_t n);
/* a sink wrapper: translates its argument */
phys_addr_t xc_xf_buf_phys(void *buf);
/* globals filled here, translated there */
extern void *xc_xf_ring_buf;
extern void *xc_xf_cbuf;
void xc_xf_init(size_t n);

phys_addr_t xc_xf_use_helper(void);
phys_addr_t xc_xf_use_wrapper(void);
phys_addr_t xc_xf_use_global(void);
phys_addr_t xc_xf_clean(void);

#endif
