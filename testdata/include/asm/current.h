/* SPDX-License-Identifier: GPL-2.0 */
/* xlatcheck testdata: "current", out of line (x86 reads a percpu variable;
 * that detail is irrelevant to the cases). */
#ifndef _ASM_X86_CURRENT_H
#define _ASM_X86_CURRENT_H

struct task_struct;
extern struct task_struct *get_current(void);
#define current get_current()

#endif
