/* The cross-file cases (issue 8): what xfile-helpers.c defines and
 * xfile-users.c uses.  Only `xlatcheck link` (after Kbuild with
 * --summaries) and `xlatcheck -p` see these findings: a mark for one is
 * written `expect-linked:` (tests/kernel/link.sh). */
#ifndef XLATCASES_XFILE_H
#define XLATCASES_XFILE_H

#include <linux/types.h>
#include <linux/workqueue.h>

/* an ops table, filled in xfile-helpers.c, called in xfile-ops.c */
struct xc_xf_ring_ops {
	phys_addr_t (*ring_phys)(void *ring);
};
struct xc_xf_dev {
	const struct xc_xf_ring_ops *ops;
};
extern const struct xc_xf_ring_ops xc_xf_ring_ops;
/* a console hook: its implementation translates the buffer it is passed */
struct xc_xf_hv_ops {
	int (*put_chars)(u32 vtermno, const char *buf, int count);
};
extern const struct xc_xf_hv_ops xc_xf_hv_ops;
/* work items: xfile-ops.c fills the object, xfile-helpers.c's work
 * function translates its buffer; the counterpart is another struct (a
 * field is one cell per declaration) with a kmalloc() buffer */
struct xc_xf_job {
	void *buf;
	struct work_struct work;
};
struct xc_xf_kjob {
	void *buf;
	struct work_struct work;
};
extern phys_addr_t xc_xf_job_pa;
void xc_xf_job_fn(struct work_struct *work);
void xc_xf_kjob_fn(struct work_struct *work);

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
phys_addr_t xc_xf_ops_vmalloc(struct xc_xf_dev *dev);
phys_addr_t xc_xf_ops_kmalloc(struct xc_xf_dev *dev);
int xc_xf_console_stack(const struct xc_xf_hv_ops *ops);
int xc_xf_console_kmalloc(const struct xc_xf_hv_ops *ops);
void xc_xf_job_start(void);
void xc_xf_kjob_start(void);

#endif
