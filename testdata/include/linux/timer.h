/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: the slice of include/linux/timer.h (6.1, without CONFIG_LOCKDEP) the
 * cases use: timer_setup() is a call of init_timer_key() with the callback. */
#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H

#include <linux/types.h>
#include <linux/stddef.h>
#include <linux/container_of.h>
#include <linux/lockdep_types.h>

struct timer_list {
	struct hlist_node	entry;
	unsigned long		expires;
	void			(*function)(struct timer_list *);
	u32			flags;
};

#define TIMER_IRQSAFE		0x00200000

void init_timer_key(struct timer_list *timer,
		    void (*func)(struct timer_list *), unsigned int flags,
		    const char *name, struct lock_class_key *key);

#define __init_timer(_timer, _fn, _flags)				\
	init_timer_key((_timer), (_fn), (_flags), NULL, NULL)

#define timer_setup(timer, callback, flags)			\
	__init_timer((timer), (callback), (flags))

#define from_timer(var, callback_timer, timer_fieldname) \
	container_of(callback_timer, typeof(*var), timer_fieldname)

extern int mod_timer(struct timer_list *timer, unsigned long expires);

#endif
