/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: include/linux/execmem.h (6.10+ slice), the successor of
 * module_alloc(). */
#ifndef _LINUX_EXECMEM_ALLOC_H
#define _LINUX_EXECMEM_ALLOC_H

#include <linux/types.h>

enum execmem_type {
	EXECMEM_DEFAULT,
	EXECMEM_MODULE_TEXT = EXECMEM_DEFAULT,
	EXECMEM_KPROBES,
	EXECMEM_FTRACE,
	EXECMEM_BPF,
	EXECMEM_MODULE_DATA,
	EXECMEM_TYPE_MAX,
};

void *execmem_alloc(enum execmem_type type, size_t size);
void execmem_free(void *ptr);

#endif
