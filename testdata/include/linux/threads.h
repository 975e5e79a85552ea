/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_THREADS_H
#define _LINUX_THREADS_H
#ifndef CONFIG_NR_CPUS
#define CONFIG_NR_CPUS	8
#endif
#define NR_CPUS		CONFIG_NR_CPUS
#endif
