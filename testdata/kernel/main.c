// SPDX-License-Identifier: GPL-2.0
/* Module boilerplate only: the cases live in the other files.  No init
 * function: loading this module must never run the (deliberately wrong)
 * cases. */
#include <linux/module.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("xlatcheck real-kernel test cases (never loaded)");
