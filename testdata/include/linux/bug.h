/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: BUG_ON and compile-time asserts, simplified. */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <linux/build_bug.h>

extern void __attribute__((noreturn)) __xc_bug(void);
#define BUG()		__xc_bug()
#define BUG_ON(cond)	do { if (unlikely(cond)) BUG(); } while (0)
#define WARN_ON(cond)	({ int __ret_warn_on = !!(cond); unlikely(__ret_warn_on); })

#endif
