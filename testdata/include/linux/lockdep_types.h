/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: include/linux/lockdep_types.h as in 6.1 without CONFIG_LOCKDEP. */
#ifndef __LINUX_LOCKDEP_TYPES_H
#define __LINUX_LOCKDEP_TYPES_H

struct lock_class_key { };

#endif
