/*
 * The part of the Multiboot v1 boot information refk reads (Multiboot
 * Specification 0.6.96, section 3.3).  QEMU's -kernel loader puts the
 * information structure at 0x9500, the memory map at 0x9000 and the command
 * line (prefixed with the kernel's path: "refk.elf percpu_alloc=embed") on
 * the first page after the kernel's _end, which is the first page the page
 * allocator hands out: the command line must be copied before pmm_init().
 */
#ifndef REFK_MULTIBOOT_H
#define REFK_MULTIBOOT_H

#include "types.h"

struct multiboot_info {
	u32 flags;
	u32 mem_lower;		/* KiB below 1 MiB */
	u32 mem_upper;		/* KiB of RAM from 1 MiB to the first hole */
	u32 boot_device;
	u32 cmdline;		/* physical address of a NUL-terminated string */
	u32 mods_count, mods_addr;
	u32 syms[4];
	u32 mmap_length;	/* bytes */
	u32 mmap_addr;		/* physical */
};

struct multiboot_mmap_entry {
	u32 size;		/* of the rest of the entry */
	u64 addr, len;
	u32 type;
} __attribute__((packed));

#define MULTIBOOT_INFO_MEMORY	0x01
#define MULTIBOOT_INFO_CMDLINE	0x04
#define MULTIBOOT_INFO_MEM_MAP	0x40

#endif
