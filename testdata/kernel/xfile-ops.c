// SPDX-License-Identifier: GPL-2.0
/* Cross-file (issue 8), the indirect shapes: an ops table filled in
 * xfile-helpers.c and called here (`dev->ops->ring_phys(ring)`), a console
 * hook that translates the buffer it is passed (`ops->put_chars(vt, buf,
 * n)`, called here with a stack buffer), and a work item whose object this
 * file fills while its work function, in xfile-helpers.c, translates the
 * object's buffer after container_of().  Each has its counterpart: a
 * kmalloc() buffer, a buffer from the slab, a kmalloc()'d object buffer. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/workqueue.h>
#include "xfile.h"

phys_addr_t xc_xf_ops_vmalloc(struct xc_xf_dev *dev)
{
	void *ring = vmalloc(PAGE_SIZE);

	return dev->ops->ring_phys(ring); /* expect-linked: vmalloc-to-linear */
}

phys_addr_t xc_xf_ops_kmalloc(struct xc_xf_dev *dev)
{
	void *ring = kmalloc(64, GFP_KERNEL);

	return dev->ops->ring_phys(ring);
}

/* On-stack buffers are vmapped with CONFIG_VMAP_STACK (x86_64). */
int xc_xf_console_stack(const struct xc_xf_hv_ops *ops)
{
	char buf[16] = "hello";

	return ops->put_chars(0, buf, 5); /* expect-linked[x86_64]: stack-to-linear */
}

int xc_xf_console_kmalloc(const struct xc_xf_hv_ops *ops)
{
	char *buf = kmalloc(16, GFP_KERNEL);

	return ops->put_chars(0, buf, 5);
}

void xc_xf_job_start(void)
{
	struct xc_xf_job *j = kzalloc(sizeof(*j), GFP_KERNEL);

	if (!j)
		return;
	j->buf = vmalloc(PAGE_SIZE);
	INIT_WORK(&j->work, xc_xf_job_fn);
	schedule_work(&j->work);
}

void xc_xf_kjob_start(void)
{
	struct xc_xf_kjob *j = kzalloc(sizeof(*j), GFP_KERNEL);

	if (!j)
		return;
	j->buf = kmalloc(64, GFP_KERNEL);
	INIT_WORK(&j->work, xc_xf_kjob_fn);
	schedule_work(&j->work);
}
