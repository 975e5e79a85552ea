/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: model of include/linux/sched/task_stack.h (6.1). */
#ifndef _LINUX_SCHED_TASK_STACK_H
#define _LINUX_SCHED_TASK_STACK_H

#include <linux/types.h>
#include <asm/current.h>
#include <asm/page_types.h>

#define THREAD_SIZE_ORDER	1
#define THREAD_SIZE		(PAGE_SIZE << THREAD_SIZE_ORDER)

struct task_struct {
	volatile long state;
	void *stack;
};

static __always_inline void *task_stack_page(const struct task_struct *task)
{
	return task->stack;
}

static inline int object_is_on_stack(const void *obj)
{
	void *stack = task_stack_page(current);

	return (obj >= stack) && (obj < (stack + THREAD_SIZE));
}

#endif
