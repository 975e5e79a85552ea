/* A test-and-set spinlock: enough for a console shared by up to 8 CPUs. */
#ifndef REFK_SPINLOCK_H
#define REFK_SPINLOCK_H

#include "x86.h"

typedef struct {
	volatile u32 locked;
} spinlock_t;

static inline void
spin_lock(spinlock_t *l)
{
	while (xchg(&l->locked, 1))
		cpu_relax();
}

static inline void
spin_unlock(spinlock_t *l)
{
	xchg(&l->locked, 0);
}

#endif
