// SPDX-License-Identifier: GPL-2.0
/* `void *` slots across files (issue 8): file::private_data, filled in
 * xfile-slots.c with a vzalloc()'d struct xc_xs_vbuf, read back here as
 * that type (reported by the link) and as another driver's struct
 * xc_xs_port (quiet: the field's cells are split by type). */
#include <linux/fs.h>
#include <linux/io.h>

struct xc_xs_vbuf {
	char data[256];
};

struct xc_xs_port {
	int id;
	char name[32];
};

phys_addr_t xc_xs_far_vbuf_phys(struct file *f)
{
	struct xc_xs_vbuf *b = f->private_data;

	return virt_to_phys(b); /* expect-linked: vmalloc-to-linear */
}

phys_addr_t xc_xs_far_port_phys(struct file *f)
{
	return virt_to_phys((struct xc_xs_port *)f->private_data);
}
