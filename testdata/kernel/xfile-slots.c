// SPDX-License-Identifier: GPL-2.0
/* `void *` slots (issue 8, docs/summaries.md "Slots"), on the real
 * struct file: this driver keeps a vzalloc()'d struct xc_xs_vbuf in
 * file::private_data; another driver keeps its own struct xc_xs_port in
 * the same field of its files.  A read converted to the type that was
 * stored sees the buffer, here and in xfile-slots-read.c (the link); a
 * read converted to another type does not: the field's cells are split by
 * type, in the TU and at the link. */
#include <linux/fs.h>
#include <linux/vmalloc.h>
#include <linux/io.h>

struct xc_xs_vbuf {
	char data[256];
};

struct xc_xs_port {
	int id;
	char name[32];
};

int xc_xs_open(struct inode *inode, struct file *f)
{
	struct xc_xs_vbuf *b = vzalloc(sizeof(*b));

	if (!b)
		return -ENOMEM;
	f->private_data = b;
	return 0;
}

phys_addr_t xc_xs_vbuf_phys(struct file *f)
{
	struct xc_xs_vbuf *b = f->private_data;

	return virt_to_phys(b); /* expect: vmalloc-to-linear */
}

phys_addr_t xc_xs_port_phys(struct file *f)
{
	struct xc_xs_port *p = f->private_data;

	return virt_to_phys(p);
}
