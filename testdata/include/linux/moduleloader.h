/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: include/linux/moduleloader.h (6.1 slice). */
#ifndef _LINUX_MODULELOADER_H
#define _LINUX_MODULELOADER_H

/* Allocator used for allocating struct module, core sections and init
   sections.  Returns NULL on failure. */
void *module_alloc(unsigned long size);

/* Free memory returned from module_alloc. */
void module_memfree(void *module_region);

#endif
