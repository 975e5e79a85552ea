/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlatcheck testdata: model of arch/x86/include/asm/percpu.h (6.1).  On x86
 * SMP, raw_cpu_ptr()/this_cpu_ptr() add this CPU's offset with one "add"
 * instruction reading the percpu variable this_cpu_off (segment-relative).
 * Build with -UCONFIG_X86 to get asm-generic's arithmetic form instead.
 */
#ifndef _ASM_X86_PERCPU_H
#define _ASM_X86_PERCPU_H

#include <linux/smp.h>

#ifdef CONFIG_X86_64
#define __percpu_seg		gs
#else
#define __percpu_seg		fs
#endif

#if defined(CONFIG_X86) && defined(CONFIG_SMP)
#define __stringify_1(x)	#x
#define __stringify(x)		__stringify_1(x)
#define __percpu_prefix		"%%"__stringify(__percpu_seg)":"

/*
 * Compared to the generic __my_cpu_offset version, the following
 * saves one instruction and avoids clobbering a temp register.
 */
#define arch_raw_cpu_ptr(ptr)				\
({							\
	unsigned long tcp_ptr__;			\
	asm ("add " __percpu_arg(1) ", %0"		\
	     : "=r" (tcp_ptr__)				\
	     : "m" (this_cpu_off), "0" (ptr));		\
	(typeof(*(ptr)) __kernel __force *)tcp_ptr__;	\
})
#else
#define __percpu_prefix		""
#endif

#define __percpu_arg(x)		__percpu_prefix "%" #x

#include <asm-generic/percpu.h>

/* We can use this directly for local CPU (faster). */
DECLARE_PER_CPU_READ_MOSTLY(unsigned long, this_cpu_off);

#endif /* _ASM_X86_PERCPU_H */
