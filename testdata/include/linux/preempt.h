/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: model of include/linux/preempt.h (preemption counted). */
#ifndef __LINUX_PREEMPT_H
#define __LINUX_PREEMPT_H

#include <linux/compiler.h>

extern void preempt_count_add(int val);
extern void preempt_count_sub(int val);
#define preempt_disable() do { preempt_count_add(1); barrier(); } while (0)
#define preempt_enable()  do { barrier(); preempt_count_sub(1); } while (0)

#endif
