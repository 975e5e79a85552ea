/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: the slice of include/linux/rcupdate.h (6.1) the cases use. */
#ifndef __LINUX_RCUPDATE_H
#define __LINUX_RCUPDATE_H

#include <linux/types.h>

void call_rcu(struct rcu_head *head, rcu_callback_t func);

#endif
