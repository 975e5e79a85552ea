/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _DEVICE_H_
#define _DEVICE_H_

#include <linux/types.h>

struct device {
	struct device *parent;
	const char *init_name;
	void *driver_data;
};

/* 6.1 include/linux/dev_printk.h: the arguments are pasted too. */
#ifndef dev_fmt
#define dev_fmt(fmt) fmt
#endif
void _dev_info(const struct device *dev, const char *fmt, ...);
#define dev_info(dev, fmt, ...) \
	_dev_info(dev, dev_fmt(fmt), ##__VA_ARGS__)

#endif
