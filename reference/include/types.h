/* Fixed-width types for a freestanding i386 kernel (ILP32: long is 32 bits). */
#ifndef REFK_TYPES_H
#define REFK_TYPES_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef unsigned long phys_addr_t;	/* non-PAE: 32-bit physical addresses */
typedef unsigned int size_t;
typedef u32 pgd_t;			/* a page directory entry */
typedef u32 pte_t;			/* a page table entry */

#define NULL ((void *)0)
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
