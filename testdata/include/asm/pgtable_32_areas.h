/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: where the i386 vmalloc area lies (simplified). */
#ifndef _ASM_X86_PGTABLE_32_AREAS_H
#define _ASM_X86_PGTABLE_32_AREAS_H

extern void *high_memory;

#define VMALLOC_OFFSET	(8 * 1024 * 1024)
#define VMALLOC_START	((unsigned long)high_memory + VMALLOC_OFFSET)
#define VMALLOC_END	(0xff7fe000UL)
#define MODULES_VADDR	VMALLOC_START
#define MODULES_END	VMALLOC_END

#endif
