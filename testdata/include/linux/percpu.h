/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlatcheck testdata: model of include/linux/percpu.h.  6.1 style by
 * default; with -DXC_LINUX_6_10 the allocation-profiling style of 6.10+
 * (__alloc_percpu is alloc_hooks(pcpu_alloc_noprof(...))).
 */
#ifndef __LINUX_PERCPU_H
#define __LINUX_PERCPU_H

#include <linux/types.h>
#include <linux/stddef.h>
#include <linux/smp.h>
#include <asm/page.h>
#include <linux/gfp_types.h>
#include <asm/percpu.h>

#ifdef XC_LINUX_6_10
#include <linux/alloc_tag.h>
extern void __percpu *pcpu_alloc_noprof(size_t size, size_t align, bool reserved,
					gfp_t gfp) __alloc_size(1);
#define __alloc_percpu_gfp(_size, _align, _gfp)				\
	alloc_hooks(pcpu_alloc_noprof(_size, _align, false, _gfp))
#define __alloc_percpu(_size, _align)					\
	alloc_hooks(pcpu_alloc_noprof(_size, _align, false, GFP_KERNEL))
#else
extern void __percpu *__alloc_percpu_gfp(size_t size, size_t align, gfp_t gfp) __alloc_size(1);
extern void __percpu *__alloc_percpu(size_t size, size_t align) __alloc_size(1);
#endif
extern void free_percpu(void __percpu *__pdata);
extern phys_addr_t per_cpu_ptr_to_phys(void *addr);

#define alloc_percpu_gfp(type, gfp)					\
	(typeof(type) __percpu *)__alloc_percpu_gfp(sizeof(type),	\
						__alignof__(type), gfp)
#define alloc_percpu(type)						\
	(typeof(type) __percpu *)__alloc_percpu(sizeof(type),		\
						__alignof__(type))

#endif /* __LINUX_PERCPU_H */
