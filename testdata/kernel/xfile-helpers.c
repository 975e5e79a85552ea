// SPDX-License-Identifier: GPL-2.0
/* Cross-file (issue 8), the defining side: a helper that returns vmalloc
 * memory, a wrapper that translates its argument, a global filled with
 * vmalloc(), and their correct counterparts (kmalloc).  xfile-users.c
 * uses them; nothing here is wrong by itself. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/io.h>
#include "xfile.h"

phys_addr_t xc_xf_job_pa;

void *xc_xf_ring_buf;
void *xc_xf_cbuf;

void *xc_xf_ring_alloc(size_t n)
{
	return vmalloc(n);
}

void *xc_xf_cbuf_alloc(size_t n)
{
	return kmalloc(n, GFP_KERNEL);
}

phys_addr_t xc_xf_buf_phys(void *buf)
{
	return virt_to_phys(buf);
}

void xc_xf_init(size_t n)
{
	xc_xf_ring_buf = vmalloc(n);
	xc_xf_cbuf = kzalloc(n, GFP_KERNEL);
}

static phys_addr_t xc_xf_ring_phys_of(void *ring)
{
	return __pa(ring);
}

const struct xc_xf_ring_ops xc_xf_ring_ops = {
	.ring_phys = xc_xf_ring_phys_of,
};

static int xc_xf_put_chars(u32 vtermno, const char *buf, int count)
{
	return (int)(__pa(buf) >> PAGE_SHIFT) + count + (int)vtermno;
}

const struct xc_xf_hv_ops xc_xf_hv_ops = {
	.put_chars = xc_xf_put_chars,
};

void xc_xf_job_fn(struct work_struct *work)
{
	struct xc_xf_job *j = container_of(work, struct xc_xf_job, work);

	xc_xf_job_pa = __pa(j->buf); /* expect-linked: vmalloc-to-linear */
}

void xc_xf_kjob_fn(struct work_struct *work)
{
	struct xc_xf_kjob *j = container_of(work, struct xc_xf_kjob, work);

	xc_xf_job_pa = __pa(j->buf);
}
