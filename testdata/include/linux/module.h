/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: the bits of include/linux/module.h a module case uses.
 * A TU built with -DMODULE is module code: its static data lives in module
 * memory (module_alloc/execmem), not in the kernel image. */
#ifndef _LINUX_MODULE_H
#define _LINUX_MODULE_H

#include <linux/kernel.h>

#define MODULE_LICENSE(_license) \
	static const char __UNIQUE_ID_license[] __attribute__((used, section(".modinfo"))) = "license=" _license


#endif
