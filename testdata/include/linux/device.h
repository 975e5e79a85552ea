/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _DEVICE_H_
#define _DEVICE_H_

#include <linux/types.h>

struct device {
	struct device *parent;
	const char *init_name;
	void *driver_data;
};

#endif
