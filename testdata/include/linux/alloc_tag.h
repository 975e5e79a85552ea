/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlatcheck testdata: model of include/linux/alloc_tag.h (6.10+).  Every
 * allocator becomes a macro alloc_hooks(foo_noprof(...)); with
 * CONFIG_MEM_ALLOC_PROFILING alloc_hooks is a statement expression.
 */
#ifndef _LINUX_ALLOC_TAG_H
#define _LINUX_ALLOC_TAG_H

#include <linux/compiler.h>

#ifdef CONFIG_MEM_ALLOC_PROFILING
struct alloc_tag {
	const char *function;
	unsigned long calls;
};
extern struct alloc_tag *alloc_tag_save(struct alloc_tag *tag);
extern void alloc_tag_restore(struct alloc_tag *tag, struct alloc_tag *old);

#define DEFINE_ALLOC_TAG(_alloc_tag)					\
	static struct alloc_tag _alloc_tag __section("alloc_tags") =	\
		{ .function = __func__ }

#define alloc_hooks_tag(_tag, _do_alloc)				\
({									\
	struct alloc_tag * __maybe_unused _old = alloc_tag_save(_tag);	\
	typeof(_do_alloc) _res = _do_alloc;				\
	alloc_tag_restore(_tag, _old);					\
	_res;								\
})

#define alloc_hooks(_do_alloc)						\
({									\
	DEFINE_ALLOC_TAG(_alloc_tag);					\
	alloc_hooks_tag(&_alloc_tag, _do_alloc);			\
})
#else
#define alloc_hooks(_do_alloc) _do_alloc
#endif

#endif
