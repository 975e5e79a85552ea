/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlatcheck testdata: model of include/linux/slab.h.  6.1 by default:
 * kmalloc/kzalloc are static inlines over __kmalloc (linear memory);
 * kvmalloc & co. are static inlines over kvmalloc_node, which may fall back
 * to vmalloc.  -DXC_LINUX_6_10: the alloc_hooks(*_noprof()) macro style.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/types.h>
#include <linux/gfp_types.h>

#define NUMA_NO_NODE	(-1)

void kfree(const void *objp);
void kfree_sensitive(const void *objp);
void kvfree(const void *addr);

#ifndef XC_LINUX_6_10

void *__kmalloc(size_t size, gfp_t flags) __alloc_size(1);

static __always_inline __alloc_size(1) void *kmalloc(size_t size, gfp_t flags)
{
	return __kmalloc(size, flags);
}

static inline __alloc_size(1, 2) void *kmalloc_array(size_t n, size_t size, gfp_t flags)
{
	return __kmalloc(n * size, flags);
}

static inline __alloc_size(1, 2) void *kcalloc(size_t n, size_t size, gfp_t flags)
{
	return kmalloc_array(n, size, flags | __GFP_ZERO);
}

static inline __alloc_size(1) void *kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags | __GFP_ZERO);
}

extern void *kvmalloc_node(size_t size, gfp_t flags, int node) __alloc_size(1);
static inline __alloc_size(1) void *kvmalloc(size_t size, gfp_t flags)
{
	return kvmalloc_node(size, flags, NUMA_NO_NODE);
}
static inline __alloc_size(1) void *kvzalloc_node(size_t size, gfp_t flags, int node)
{
	return kvmalloc_node(size, flags | __GFP_ZERO, node);
}
static inline __alloc_size(1) void *kvzalloc(size_t size, gfp_t flags)
{
	return kvmalloc(size, flags | __GFP_ZERO);
}

static inline __alloc_size(1, 2) void *kvmalloc_array(size_t n, size_t size, gfp_t flags)
{
	size_t bytes = n * size;

	return kvmalloc(bytes, flags);
}

static inline __alloc_size(1, 2) void *kvcalloc(size_t n, size_t size, gfp_t flags)
{
	return kvmalloc_array(n, size, flags | __GFP_ZERO);
}

#else /* XC_LINUX_6_10 */

#include <linux/alloc_tag.h>

void *__kmalloc_noprof(size_t size, gfp_t flags) __alloc_size(1);
static __always_inline __alloc_size(1) void *kmalloc_noprof(size_t size, gfp_t flags)
{
	return __kmalloc_noprof(size, flags);
}
#define kmalloc(...)			alloc_hooks(kmalloc_noprof(__VA_ARGS__))
#define kzalloc(_size, _flags)		kmalloc(_size, (_flags)|__GFP_ZERO)
#define kmalloc_array(_n, _size, _flags) kmalloc((_n) * (_size), _flags)
#define kcalloc(_n, _size, _flags)	kmalloc_array(_n, _size, (_flags)|__GFP_ZERO)

extern void *kvmalloc_node_noprof(size_t size, gfp_t flags, int node) __alloc_size(1);
#define kvmalloc_node(...)		alloc_hooks(kvmalloc_node_noprof(__VA_ARGS__))
#define kvmalloc(_size, _flags)		kvmalloc_node(_size, _flags, NUMA_NO_NODE)
#define kvmalloc_noprof(_size, _flags)	kvmalloc_node_noprof(_size, _flags, NUMA_NO_NODE)
#define kvzalloc(_size, _flags)		kvmalloc(_size, (_flags)|__GFP_ZERO)

static inline __alloc_size(1, 2) void *
kvmalloc_array_node_noprof(size_t n, size_t size, gfp_t flags, int node)
{
	return kvmalloc_node_noprof(n * size, flags, node);
}
#define kvmalloc_array_noprof(...)	kvmalloc_array_node_noprof(__VA_ARGS__, NUMA_NO_NODE)
#define kvcalloc_node_noprof(_n,_s,_f,_node) kvmalloc_array_node_noprof(_n,_s,(_f)|__GFP_ZERO,_node)
#define kvcalloc_noprof(...)		kvcalloc_node_noprof(__VA_ARGS__, NUMA_NO_NODE)
#define kvmalloc_array(...)		alloc_hooks(kvmalloc_array_noprof(__VA_ARGS__))
#define kvcalloc(...)			alloc_hooks(kvcalloc_noprof(__VA_ARGS__))

#endif /* XC_LINUX_6_10 */

#endif /* _LINUX_SLAB_H */
