/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: model of include/linux/smp.h. */
#ifndef __LINUX_SMP_H
#define __LINUX_SMP_H

#include <linux/preempt.h>
#include <linux/threads.h>

extern unsigned int debug_smp_processor_id(void);
#define raw_smp_processor_id()	debug_smp_processor_id()
#define smp_processor_id()	debug_smp_processor_id()
#define get_cpu()		({ preempt_disable(); smp_processor_id(); })
#define put_cpu()		preempt_enable()

#endif
