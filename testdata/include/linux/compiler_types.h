/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: a small model of Linux 6.1 include/linux/compiler_types.h.
 * Address-space annotations are empty for the compiler, as in a normal
 * (non-sparse) build; BTF_TYPE_TAG is real only with the BTF options. */
#ifndef _LINUX_COMPILER_TYPES_H
#define _LINUX_COMPILER_TYPES_H

#if defined(CONFIG_DEBUG_INFO_BTF) && defined(CONFIG_PAHOLE_HAS_BTF_TAG) && \
	__has_attribute(btf_type_tag) && !defined(__BINDGEN__)
# define BTF_TYPE_TAG(value) __attribute__((btf_type_tag(#value)))
#else
# define BTF_TYPE_TAG(value) /* nothing */
#endif

#ifdef __CHECKER__
# define __kernel	__attribute__((address_space(0)))
# define __user		__attribute__((noderef, address_space(__user)))
# define __iomem	__attribute__((noderef, address_space(__iomem)))
# define __percpu	__attribute__((noderef, address_space(__percpu)))
# define __force	__attribute__((force))
#else
# define __kernel
# define __user		BTF_TYPE_TAG(user)
# define __iomem
# define __percpu	BTF_TYPE_TAG(percpu)
# define __force
#endif

#define inline		inline __attribute__((__always_inline__)) __attribute__((unused))
#define __inline__	inline
#define __always_inline	inline __attribute__((__always_inline__))
#define noinline	__attribute__((__noinline__))
#define __section(s)	__attribute__((__section__(s)))
#define __aligned(x)	__attribute__((__aligned__(x)))
#define __weak		__attribute__((__weak__))
#define __packed	__attribute__((__packed__))
#define __maybe_unused	__attribute__((__unused__))
#define __must_check	__attribute__((__warn_unused_result__))
#define __alloc_size(x, ...) __attribute__((__alloc_size__(x, ## __VA_ARGS__))) __attribute__((__malloc__))
#define __cacheline_aligned __aligned(64)
#define ____cacheline_aligned __aligned(64)
#define notrace		__attribute__((__no_instrument_function__))

/* Are two types/vars the same type (ignoring qualifiers)? */
#define __same_type(a, b) __builtin_types_compatible_p(typeof(a), typeof(b))

#endif /* _LINUX_COMPILER_TYPES_H */
