// SPDX-License-Identifier: GPL-2.0
/* A translation written in the arguments of the printk family on the real
 * headers: pr_info(), printk(KERN_INFO ...), pr_debug() (printk() with
 * DEBUG, defined here; without it no_printk()'s call is dead code) and
 * dev_info() paste their arguments (`, ##__VA_ARGS__`) down to _printk(),
 * so __pa() there is expanded inside the printk macros.  On x86_64
 * (CONFIG_DEBUG_VIRTUAL) __pa() is a call of __phys_addr(), and the
 * finding still names __pa(). */
#define DEBUG
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/device.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/io.h>
#include "cases.h"

void xc_printk_pa(struct device *dev, unsigned long size)
{
	void *buf = vmalloc(size);
	void *lin = kmalloc(size, GFP_KERNEL);

	pr_info("%llx\n", (u64)__pa(buf)); /* expect: vmalloc-to-linear */
	printk(KERN_INFO "%llx\n", (u64)__pa(buf)); /* expect: vmalloc-to-linear */
	pr_debug("%llx\n", (u64)__pa(buf)); /* expect: vmalloc-to-linear */
	dev_info(dev, "%llx\n", (u64)__pa(buf)); /* expect: vmalloc-to-linear */
	dev_info(dev, "%llx\n", (u64)virt_to_phys(buf)); /* expect: vmalloc-to-linear */
	pr_info("%llx %p\n", (u64)__pa(lin), buf);
	pr_info("%lx\n", vmalloc_to_pfn(buf));
	kfree(lin);
	vfree(buf);
}
