/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlatcheck testdata: include/linux/printk.h (6.1 slice).  Every level
 * pastes its arguments (`, ##__VA_ARGS__`) into the next, down to
 * printk_index_wrap()'s statement expression around _printk(): a macro
 * written in those arguments is expanded inside the printk macros, not
 * before them.  pr_debug() is printk() with DEBUG, else no_printk(), whose
 * call sits under `if (0)` (dead code).
 */
#ifndef __KERNEL_PRINTK__
#define __KERNEL_PRINTK__

#define KERN_SOH	"\001"
#define KERN_INFO	KERN_SOH "6"
#define KERN_DEBUG	KERN_SOH "7"

#ifndef pr_fmt
#define pr_fmt(fmt) fmt
#endif

int _printk(const char *fmt, ...);

#define __printk_index_emit(...) do {} while (0)

#define printk_index_wrap(_p_func, _fmt, ...)				\
	({								\
		__printk_index_emit(_fmt, NULL, NULL);			\
		_p_func(_fmt, ##__VA_ARGS__);				\
	})

#define printk(fmt, ...) printk_index_wrap(_printk, fmt, ##__VA_ARGS__)

#define no_printk(fmt, ...)				\
({							\
	if (0)						\
		_printk(fmt, ##__VA_ARGS__);		\
	0;						\
})

#define pr_info(fmt, ...) \
	printk(KERN_INFO pr_fmt(fmt), ##__VA_ARGS__)

#if defined(DEBUG)
#define pr_debug(fmt, ...) \
	printk(KERN_DEBUG pr_fmt(fmt), ##__VA_ARGS__)
#else
#define pr_debug(fmt, ...) \
	no_printk(KERN_DEBUG pr_fmt(fmt), ##__VA_ARGS__)
#endif

#endif
