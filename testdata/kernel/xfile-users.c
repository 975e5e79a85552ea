// SPDX-License-Identifier: GPL-2.0
/* Cross-file (issue 8), the using side: what xfile-helpers.c returns,
 * wraps and stores reaches linear-only translations here. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/io.h>
#include "xfile.h"

phys_addr_t xc_xf_use_helper(void)
{
	void *ring = xc_xf_ring_alloc(PAGE_SIZE);

	return __pa(ring); /* expect-linked: vmalloc-to-linear */
}

phys_addr_t xc_xf_use_wrapper(void)
{
	void *buf = vmalloc(PAGE_SIZE);

	return xc_xf_buf_phys(buf); /* expect-linked: vmalloc-to-linear */
}

phys_addr_t xc_xf_use_global(void)
{
	return virt_to_phys(xc_xf_ring_buf); /* expect-linked: vmalloc-to-linear */
}

/* The counterparts: kmalloc memory everywhere, nothing to report. */
phys_addr_t xc_xf_clean(void)
{
	phys_addr_t sum = __pa(xc_xf_cbuf_alloc(64));

	sum += xc_xf_buf_phys(kmalloc(64, GFP_KERNEL));
	sum += virt_to_phys(xc_xf_cbuf);
	return sum;
}
