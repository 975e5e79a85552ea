/* A header two TUs include: its findings must be merged into one. */
#include "kernel.h"

static inline unsigned long used_by_b(void *p)
{
	/* xlatcheck: ignore[vmalloc-to-linear] only b.c calls this, reviewed */
	return __pa(p); /* @hdr_suppressed */
}

static inline unsigned long used_by_both(void *p)
{
	return __pa(p); /* @hdr_both */
}
