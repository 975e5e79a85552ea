// SPDX-License-Identifier: GPL-2.0
/* Indirect calls on the real headers: a call through an ops table is a call
 * of every function the TU stores in that field, and INIT_WORK() registers a
 * work function that finds its object with container_of().  Each shape has
 * its correct counterpart (kmalloc() memory).  Fields are one cell per field
 * declaration, so the wrong and the right work item are different structs. */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/workqueue.h>

struct xc_ring_ops {
	phys_addr_t (*phys)(void *buf);
};

struct xc_ring {
	const struct xc_ring_ops *ops;
};

phys_addr_t xc_ring_vmalloc(struct xc_ring *r);
phys_addr_t xc_ring_kmalloc(struct xc_ring *r);
void xc_job_start(void);
void xc_kjob_start(void);

/* where the work functions put what they computed */
phys_addr_t xc_job_pa;

static phys_addr_t xc_ring_phys(void *buf)
{
	return __pa(buf);
}

static const struct xc_ring_ops xc_ring_ops = {
	.phys = xc_ring_phys,
};

/* ops table -> __pa() of a vmalloc buffer */
phys_addr_t xc_ring_vmalloc(struct xc_ring *r)
{
	void *buf = vmalloc(PAGE_SIZE);

	r->ops = &xc_ring_ops;
	return r->ops->phys(buf); /* expect: vmalloc-to-linear */
}

/* correct: the same table with kmalloc() memory */
phys_addr_t xc_ring_kmalloc(struct xc_ring *r)
{
	void *buf = kmalloc(64, GFP_KERNEL);

	return r->ops->phys(buf);
}

/* INIT_WORK() + container_of() -> __pa() of the vmalloc buffer in the object */
struct xc_job {
	void *buf;
	struct work_struct work;
};

static void xc_job_fn(struct work_struct *work)
{
	struct xc_job *j = container_of(work, struct xc_job, work);

	xc_job_pa = __pa(j->buf); /* expect: vmalloc-to-linear */
}

void xc_job_start(void)
{
	struct xc_job *j = kzalloc(sizeof(*j), GFP_KERNEL);

	if (!j)
		return;
	j->buf = vmalloc(PAGE_SIZE);
	INIT_WORK(&j->work, xc_job_fn);
	schedule_work(&j->work);
}

/* correct: the same shape with a kmalloc() buffer */
struct xc_kjob {
	void *buf;
	struct work_struct work;
};

static void xc_kjob_fn(struct work_struct *work)
{
	struct xc_kjob *j = container_of(work, struct xc_kjob, work);

	xc_job_pa = __pa(j->buf);
}

void xc_kjob_start(void)
{
	struct xc_kjob *j = kzalloc(sizeof(*j), GFP_KERNEL);

	if (!j)
		return;
	j->buf = kmalloc(64, GFP_KERNEL);
	INIT_WORK(&j->work, xc_kjob_fn);
	schedule_work(&j->work);
}
