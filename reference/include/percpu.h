/*
 * Per-CPU variables, spelled as in Linux (include/linux/percpu-defs.h and
 * arch/x86/include/asm/percpu.h) so that checkers and readers recognise them.
 *
 * DEFINE_PER_CPU puts the variable into the template section .data..percpu.
 * setup_per_cpu_areas() gives each CPU a copy (a "unit"), in the vmalloc area
 * (percpu_alloc=page) or the direct map (percpu_alloc=embed), and records
 * unit - template in __per_cpu_offset[cpu].  Until then every offset is 0 and
 * the boot CPU uses the template itself (Linux i386's BOOT_PERCPU_OFFSET).
 * %fs holds the __KERNEL_PERCPU segment, whose base is this CPU's offset, so
 * %fs:var is this CPU's copy of var.
 */
#ifndef REFK_PERCPU_H
#define REFK_PERCPU_H

#include "mmu.h"
#include "types.h"

#define NR_CPUS 8

#define DEFINE_PER_CPU(type, name) \
	__attribute__((section(".data..percpu"))) __typeof__(type) name
#define DECLARE_PER_CPU(type, name) \
	extern __attribute__((section(".data..percpu"))) __typeof__(type) name
/* Page-aligned percpu data is linked first, so the units stay page aligned. */
#define DEFINE_PER_CPU_PAGE_ALIGNED(type, name)                                        \
	__attribute__((section(".data..percpu..page_aligned"), aligned(PAGE_SIZE))) \
	__typeof__(type) name
#define DECLARE_PER_CPU_PAGE_ALIGNED(type, name)                                       \
	extern __attribute__((section(".data..percpu..page_aligned"), aligned(PAGE_SIZE))) \
	__typeof__(type) name

extern unsigned long __per_cpu_offset[NR_CPUS];
extern char __per_cpu_start[], __per_cpu_end[];

#define per_cpu_ptr(ptr, cpu) \
	((__typeof__(ptr))((unsigned long)(ptr) + __per_cpu_offset[(cpu)]))
#define per_cpu(var, cpu) (*per_cpu_ptr(&(var), cpu))

/* One instruction through %fs: valid once startup_32 has loaded %fs. */
#define this_cpu_read(var)                                            \
	({                                                            \
		__typeof__(var) pfo_val__;                            \
		asm volatile("movl %%fs:%1, %0" : "=r"(pfo_val__) : "m"(var)); \
		pfo_val__;                                            \
	})
#define this_cpu_ptr(ptr) \
	((__typeof__(ptr))((unsigned long)(ptr) + this_cpu_read(this_cpu_off)))
#define raw_cpu_ptr(ptr) this_cpu_ptr(ptr)
#define smp_processor_id() this_cpu_read(cpu_number)

DECLARE_PER_CPU(int, cpu_number);
DECLARE_PER_CPU(unsigned long, this_cpu_off);

/* Where the first chunk's units live: percpu_alloc=embed or =page. */
enum pcpu_fc {
	PCPU_FC_EMBED,	/* one contiguous block in the direct map */
	PCPU_FC_PAGE,	/* page by page, mapped in the vmalloc area */
	PCPU_FC_NR,
};
extern const char *const pcpu_fc_names[PCPU_FC_NR];
extern enum pcpu_fc pcpu_chosen_fc;

/* Physical address of a percpu pointer, whichever chunk it lives in. */
phys_addr_t per_cpu_ptr_to_phys(void *addr);

#endif
