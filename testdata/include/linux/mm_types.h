/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: struct page, reduced to what the cases touch. */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>

struct page {
	unsigned long flags;
	unsigned long compound_head;	/* bit 0 set: tail page */
	void *virtual;
};

/* A folio starts with its head page. */
struct folio {
	struct page page;
};

#endif
