// SPDX-License-Identifier: GPL-2.0
/* Cross-file (issue 8), the defining side: a helper that returns vmalloc
 * memory, a wrapper that translates its argument, a global filled with
 * vmalloc(), and their correct counterparts (kmalloc).  xfile-users.c
 * uses them; nothing here is wrong by itself. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/io.h>
#include "xfile.h"

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
