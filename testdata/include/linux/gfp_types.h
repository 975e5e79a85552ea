/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: model of include/linux/gfp_types.h (values simplified). */
#ifndef __LINUX_GFP_TYPES_H
#define __LINUX_GFP_TYPES_H

#include <linux/types.h>

#define __GFP_HIGHMEM	((gfp_t)0x02u)
#define __GFP_DMA32	((gfp_t)0x04u)
#define __GFP_IO	((gfp_t)0x40u)
#define __GFP_FS	((gfp_t)0x80u)
#define __GFP_ZERO	((gfp_t)0x100u)
#define __GFP_RECLAIM	((gfp_t)0xc00u)
#define __GFP_HIGH	((gfp_t)0x20u)
#define __GFP_NOWARN	((gfp_t)0x2000u)

#define GFP_ATOMIC	(__GFP_HIGH | 0x800u)
#define GFP_KERNEL	(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_NOWAIT	(0x800u)
#define GFP_DMA32	(__GFP_DMA32)
#define __GFP_MOVABLE	((gfp_t)0x08u)
#define GFP_HIGHUSER	(GFP_KERNEL | __GFP_HIGHMEM)
#define GFP_HIGHUSER_MOVABLE	(GFP_HIGHUSER | __GFP_MOVABLE)

#endif
