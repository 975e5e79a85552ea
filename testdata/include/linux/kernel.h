/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: the slice of include/linux/kernel.h the cases use. */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/stddef.h>
#include <linux/container_of.h>
#include <linux/errno.h>
#include <linux/printk.h>

#define ARRAY_SIZE(arr) (sizeof(arr) / sizeof((arr)[0]))


#endif
